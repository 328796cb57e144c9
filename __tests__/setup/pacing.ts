// Before each file: the GitHub client spaces its writes a second apart and waits out retries as
// GitHub asks of integrations. Every GitHub the tests reach is the fake on this machine, where
// PROMOTION_GATE_API_PACING=off is honoured (never against a GitHub elsewhere), so the tests run
// unpaced unless one sets it again: a file that builds process.env afresh says so itself, and
// the tests of pacing turn it back on.
process.env.PROMOTION_GATE_API_PACING ??= 'off';
