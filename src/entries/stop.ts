import { killAllNow } from '../adapters/processTree.js';

/**
 * An AbortSignal for SIGINT/SIGTERM (Ctrl-C, a cancelled workflow). The first signal stops the
 * checks and lets the report be written; a second one exits at once, killing every process a
 * check started first — the grace the first signal gave them would end with this process.
 */
export function stopSignal(): { signal: AbortSignal; exitCode(): number | undefined } {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (received) {
      killAllNow();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    }
    received = sig;
    process.stderr.write(`\n${sig}: stopping the checks; writing the report of what ran…\n`);
    controller.abort(new Error(`stopped by ${sig}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    exitCode: () => (received ? (received === 'SIGINT' ? 130 : 143) : undefined),
  };
}
