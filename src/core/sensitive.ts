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

/**
 * Inputs as reports list them: the secret ones as `***`. Each name an own key, whatever it is
 * (`__proto__` set by assignment would change the object's prototype and be lost).
 */
export const shownInputs = (inputs: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, isSensitiveInput(k) ? '***' : v]));

/** Parts of an environment variable's name (`NPM_TOKEN`, `DB_PASSWORD`) that say it holds a secret. */
const SECRET_NAME_PARTS = new Set([
  'TOKEN',
  'TOKENS',
  'SECRET',
  'SECRETS',
  'PASSWORD',
  'PASSWORDS',
  'PASSWD',
  'PASSPHRASE',
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'KEY',
  'APIKEY',
  'COOKIE',
  'JWT',
  'WEBHOOK',
  'DSN',
  'PAT',
  'AUTH',
]);
/** Named like secrets, and not: the agent's socket path. */
const NOT_SECRET_NAMES = new Set(['SSH_AUTH_SOCK']);

/**
 * The values of the environment variables whose names say they hold a secret (`MY_API_SECRET`,
 * `NPM_TOKEN`, `DB_PWD`), for the redactor. A command the gate runs inherits the environment and
 * may print it (`env`, `set -x`), whether or not the config names the variable; such a value the
 * config names is a secret already. Left out: values under 8 characters, and values that are
 * only letters or only digits (`true`, `authorization`, `3600`) — flags and settings, which
 * masked would hide ordinary words of every output. `PWD` and `OLDPWD` are directories.
 */
export function sensitiveEnvValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.length < 8 || /^(?:[A-Za-z]+|\d+)$/.test(value)) continue;
    if (NOT_SECRET_NAMES.has(name.toUpperCase())) continue;
    const parts = name.toUpperCase().split(/[^A-Z0-9]+/);
    const named = parts.some((p) => SECRET_NAME_PARTS.has(p)) || (parts.length > 1 && parts.includes('PWD'));
    if (named) out.push(value);
  }
  return out;
}
