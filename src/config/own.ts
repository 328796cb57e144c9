/**
 * Lookups of names a user chose (profiles, checks, vars, inputs, categories). Such a name is data:
 * `constructor`, `toString` or `hasOwnProperty` must find what the config holds, or nothing —
 * never a member every object inherits.
 */

/** The value of an own key, or undefined. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy with no prototype, so that even code that indexes it directly finds only its own keys. */
export function dataRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of Object.entries(record))
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
