import { UsageError } from '../core/errors.js';

/** `key=value` pairs from --input flags or the action's multi-line `inputs`. */
export function parseInputs(pairs: readonly string[], where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of pairs) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UsageError(`${where}: expected key=value, got "${line}"`);
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z_][\w-]*$/.test(key))
      throw new UsageError(`${where}: "${key}" is not a valid input name (letters, digits, _ and -)`);
    out[key] = line.slice(eq + 1).trim();
  }
  return out;
}
