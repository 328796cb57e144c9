/**
 * YAML scalars and flow collections written by hand, so the config keeps its comments and reads
 * like one a person wrote. Values come from the repository (paths, commands), so each is quoted
 * unless it is unmistakably a plain string.
 */

/** Plain scalars YAML would read as something other than the same string. */
const NOT_PLAIN = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const PLAIN = /^[A-Za-z0-9_./][\w./@+-]*$/;

export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !NOT_PLAIN.test(value) && Number.isNaN(Number(value))) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

export function flowList(values: readonly (string | number)[]): string {
  return `[${values.map((v) => scalar(v)).join(', ')}]`;
}

export function flowMap(entries: Record<string, string | number | boolean>): string {
  const body = Object.entries(entries)
    .map(([k, v]) => `${scalar(k)}: ${scalar(v)}`)
    .join(', ');
  return body ? `{ ${body} }` : '{}';
}
