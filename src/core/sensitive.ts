/**
 * Input names that say their value is secret (`api-token`, `db_password`, `deploy-key`,
 * `slack-webhook`, `sentry-dsn`, `gpg-passphrase`, `github-pat`): such a value is registered with
 * the redactor, and reports list the input as `***`. Broad on purpose: masking a value that was
 * not secret costs a line of a report its readability; missing one that was costs the secret.
 */
const SENSITIVE_INPUT =
  /token|secret|password|passwd|passphrase|pwd|key|credential|auth|cookie|bearer|jwt|webhook|dsn|private|signature|(?:^|[-_.])(?:pat|sig)(?:$|[-_.])/i;

export const isSensitiveInput = (name: string): boolean => SENSITIVE_INPUT.test(name);

/** The values of the inputs whose names say they are secret, for the redactor. */
export const sensitiveInputValues = (inputs: Readonly<Record<string, string>>): string[] =>
  Object.entries(inputs)
    .filter(([name]) => isSensitiveInput(name))
    .map(([, value]) => value);
