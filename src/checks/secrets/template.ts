/**
 * A small language for token shapes, so a rule reads like the format it finds and its examples
 * can be generated from the same text: `dop_v1_{h64}` is the literal `dop_v1_` followed by 64
 * lower-case hex digits (`k` is Bech32's upper-case alphabet). A brace holds a class letter and a count: `{a36}` exactly 36,
 * `{w20,40}` 20 to 40, `{b100+}` at least 100.
 */
export const CLASSES: Readonly<Record<string, string>> = {
  a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  l: 'abcdefghijklmnopqrstuvwxyz0123456789',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  L: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  h: '0123456789abcdef',
  H: '0123456789ABCDEF',
  x: '0123456789abcdefABCDEF',
  d: '0123456789',
  z: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  b: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  k: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};

const REGEX_CLASS: Readonly<Record<string, string>> = {
  a: 'A-Za-z0-9',
  l: 'a-z0-9',
  u: 'A-Z0-9',
  L: 'A-Za-z',
  h: '0-9a-f',
  H: '0-9A-F',
  x: '0-9a-fA-F',
  d: '0-9',
  z: 'A-Z2-7',
  w: 'A-Za-z0-9_-',
  b: 'A-Za-z0-9+/',
  k: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};

const PART = /\{([a-zA-Z])(\d+)(?:(,)(\d+)?|(\+))?\}/g;

export interface TemplatePart {
  literal: string;
  /** Class letter, count range (max undefined: no bound); absent for a trailing literal. */
  cls?: string;
  min?: number;
  max?: number;
}

/** Splits a template into literal text and classed runs; throws on an unknown class. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const m of template.matchAll(PART)) {
    const cls = m[1]!;
    if (!(cls in REGEX_CLASS)) throw new Error(`template ${template}: unknown class {${cls}…}`);
    const min = Number(m[2]);
    const max = m[5] || (m[3] && m[4] === undefined) ? undefined : m[4] !== undefined ? Number(m[4]) : min;
    parts.push({ literal: template.slice(at, m.index), cls, min, max });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push({ literal: template.slice(at) });
  return parts;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The regex source of a template (no anchors, no groups). */
export function templateSource(template: string): string {
  return parseTemplate(template)
    .map(
      (p) =>
        escape(p.literal) +
        (p.cls ? `[${REGEX_CLASS[p.cls]}]{${p.min}${p.max === p.min ? '' : `,${p.max ?? ''}`}}` : ''),
    )
    .join('');
}

/** The text before the first class: what every token of the shape starts with. */
export function templatePrefix(template: string): string {
  return parseTemplate(template)[0]?.literal ?? '';
}

/** `{base64:…}` in an example: the expanded inside, base64-encoded (Basic auth, Docker `auth`). */
const BASE64 = /\{base64:((?:[^{}]|\{[^{}]*\})*)\}/g;

/**
 * A text of the template's shape: each class run filled by `fill(alphabet, length)` (at its
 * minimum length). Tests use it to build tokens at run time, so none sits in the repository.
 */
export function expandTemplate(template: string, fill: (alphabet: string, length: number) => string): string {
  const encoded = template.replace(BASE64, (_m, inner: string) =>
    Buffer.from(expandTemplate(inner, fill)).toString('base64'),
  );
  return parseTemplate(encoded)
    .map((p) => p.literal + (p.cls ? fill(CLASSES[p.cls]!, p.min!) : ''))
    .join('');
}
