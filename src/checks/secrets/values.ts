/**
 * Whether a matched value is a credential or a stand-in for one. Three kinds of value are judged
 * differently:
 * - `token`: a format a provider generates (`ghp_…`, `AKIA…`); its shape says enough, only
 *   placeholders (`xxxx`, `EXAMPLE`, runs like `123456`) are turned down;
 * - `generic`: whatever is assigned to a secret-sounding name; it must look generated — no
 *   fixture words, not a name, a path or a reference;
 * - `password`: a value a person chose (a connection string's password, `PASSWORD '…'` in SQL);
 *   it may be made of words (`S3cr3tPassw0rd`), but not only of the words stand-ins are made of
 *   (`password`, `changeme`, `mysecretpassword`).
 * A generic value assigned to a password-sounding name is judged as a password.
 */
export type ValueKind = 'token' | 'generic' | 'password';

export interface ValueContext {
  kind: ValueKind;
  /** Minimum Shannon entropy, bits per character. */
  entropy?: number;
  /** The name the value was assigned to, when the rule saw one. */
  name?: string;
  /** The user name next to the password (URLs, `-u user:pass`): a password equal to it is an example. */
  user?: string;
  /** Typed runs (`aaaaaa`, `123456`) are part of this format (Twitter's bearer tokens): keep them. */
  runs?: boolean;
  /** The starts of known token formats: a value with one is never taken for a name. */
  knownPrefix?: RegExp;
}

/** Words that make a value a stand-in rather than a credential, for every rule. */
export const PLACEHOLDER =
  /example|sample|dummy|placeholder|change_?(?:me|this|it)\b|replace|your[_-]|yourkey|^your|insert|redacted|fake|xxxx|\*\*\*|\.\.\.|…|<[^>]*>|\$\{|\{\{|\{[A-Za-z_][\w.-]*\}|%\(|%s|process\.env|os\.environ|getenv|env\(|\bsecrets\.|vault:/i;
/** For generated values also words that show up in fixtures and docs. */
const GENERIC_DECOY = /test|passw|secret|token|demo|mock|null|none|undefined|true|false|admin|default|local/i;
/**
 * A path, a URL, a reference, a call, a dotted name (`messaging.kafka.key`, `Keyword.Type`) or a
 * member access (`e.withCredentials`, `self._authkey`) rather than a value.
 */
const NOT_A_VALUE =
  /^(?:[$@%&!?].*|\.{0,2}\/.*|~\/.*|[A-Za-z]:\\.*|https?:\/\/[^@]*|file:.*|[\w-]+(?:\.[\w-]+)+\(.*|[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)+|[A-Za-z_]+(?:\.[A-Za-z_]+)+|[a-z_$][\w$]{0,30}(?:\.[a-z_][A-Za-z_]*)+)$/;
/** Regex syntax: `[0-9A-F]{1,4}`, `(?:a|b)`, `\s*`. */
const REGEX_LIKE = /\\[sdwbSDWB.|()[\]]|\(\?[:=!<]|\][*+?{]|\)[*+?]/;
/** camelCase, PascalCase (`_RSAPrivateKey`, a type named in an annotation) and single words. */
const CAMEL_NAME =
  /^_*(?:(?:[a-z]{1,12}|[A-Z]{2,5}|[A-Z][a-z]{2,12})(?:[A-Z][a-z]{2,12}){1,4}|[A-Z]?[a-z]{2,24})$/;
/** snake_case, kebab-case, UPPER_SNAKE and HTTP header names (`Access-Control-Allow-Credentials`). */
const SNAKE_NAME = /^(?:[a-z]+(?:[_-][a-z0-9]+)+|[A-Z]+(?:_[A-Z0-9]+)+|[A-Z][a-z]+(?:-[A-Z][a-z]*)+)$/;
/** Public by design: Stripe publishable keys, Mapbox public tokens, Mailgun's public key. */
const PUBLIC_VALUE = /^(?:pk_(?:live|test)_|pk\.eyJ|pubkey-)/;
/**
 * Published on purpose: jwt.io's example token (the most copied JWT there is), the start of the
 * Azure storage emulator's well-known account key, and the example tokens and client
 * credentials of the OAuth 2.0 RFC (6749), copied into countless docs and tests.
 */
const KNOWN_EXAMPLES = [
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50u',
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  'gX1fBat3bV',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
];
/** Names whose value is a password a person chose. */
export const PASSWORD_NAME = /(?:password|passwd|passphrase|pwd|(?:^|[_.-])pass)$/i;

/**
 * What stand-in passwords are made of: `changeme`, `mysecretpassword`, `rootpass`, `admin123`.
 * Leet spelling (`S3cr3t`) is left out on purpose: it is a person choosing a real password.
 * Matched word by word (not one big regex), so a long value costs linear time.
 */
const STAND_IN_WORDS = `
  password passwd pass pwd pw passphrase secret change me it this admin administrator root test
  testing guest user username login postgres postgresql mysql mongo redis rabbit default demo example sample
  dummy fake mock local localhost dev development staging prod production qwerty letmein welcome foo bar baz
  none null nil empty undefined unset todo tbd fixme redacted hidden masked my your the our super very top
  strong new old current db database app api some key token value here hunter abc xyz asdf sa shh docker
  compose ci temp tmp service svc web site anonymous guest geheim parole passwort secreto
`
  .trim()
  .split(/\s+/);
const SEPARATOR = /[-_.@!#$:\s]/;

/** `changeme`, `mysecretpassword`, `root_pass`, `admin123!` — only stand-in words, digits at the end. */
export function madeOfStandInWords(value: string): boolean {
  const s = value.toLowerCase().replace(/[\d!.#@_\-\s]+$/, '');
  if (s.length === 0) return true;
  const reach = new Uint8Array(s.length + 1);
  reach[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!reach[i]) continue;
    if (SEPARATOR.test(s[i]!)) reach[i + 1] = 1;
    for (const w of STAND_IN_WORDS) if (s.startsWith(w, i)) reach[i + w.length] = 1;
  }
  return reach[s.length] === 1;
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Runs like `123456`, `abcdef`, `xxxxxx`: typed by a person, not generated. */
export function hasTypedRun(s: string, min = 6): boolean {
  let up = 1;
  let same = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    same = d === 0 ? same + 1 : 1;
    if (up >= min || same >= min) return true;
  }
  return false;
}

/** `abc123xyz456`: mostly runs of three or more, as a person types them. */
export function mostlyTypedRuns(s: string): boolean {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) - s.charCodeAt(i - 1) === 1) run++;
    else {
      if (run >= 3) covered += run;
      run = 1;
    }
  }
  return covered * 2 >= s.length;
}

/** QWERTY rows, for values typed by running a hand along the keyboard (`qwe089234lkjsdf`). */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ROW_OF = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((ch, i) => ROW_OF.set(ch, [r, i])));

/**
 * Mashed on a keyboard: only lower-case letters and digits, a third of neighbours or more side
 * by side on a row. Generated values reach a few percent at most.
 */
export function keyboardMashed(s: string): boolean {
  if (!/^[a-z0-9]+$/.test(s)) return false;
  let near = 0;
  for (let i = 1; i < s.length; i++) {
    const a = ROW_OF.get(s[i - 1]!)!;
    const b = ROW_OF.get(s[i]!)!;
    if (a[0] === b[0] && Math.abs(a[1] - b[1]) === 1) near++;
  }
  return near * 3 >= s.length - 1;
}

export function charClasses(s: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(s)).length;
}

/** A piece of a name: a word, a number, or a short mix (`v1`, `utf8`, `x86`, `sha256`). */
const wordLike = (s: string) => /^[A-Za-z]{1,24}$/.test(s) || /^\d+$/.test(s) || s.length <= 8;

/**
 * `my-app-credentials`, `DB_PASSWORD`, `sessionSecret`: a name, not a value. A piece that is a
 * long run of letters and digits is not a word, so `key-3ax6xnjp29jd6fds4gc373sgvjxteol0`
 * (Mailgun) and `dop_v1_<64 hex>` (DigitalOcean) are values; and a token with a known prefix is
 * never a name (unless words follow the prefix: `key-rotation-policy`).
 */
export function isName(value: string, knownPrefix?: RegExp): boolean {
  if (CAMEL_NAME.test(value)) return true;
  if (!SNAKE_NAME.test(value)) return false;
  const prefix = knownPrefix?.exec(value)?.[0];
  if (prefix !== undefined && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(value.slice(prefix.length))) return false;
  return value.split(/[_-]/).every(wordLike);
}

/** The text a base64 value stands for, when it is printable (Kubernetes `data:`, Basic auth). */
export function printableBase64(value: string): string | undefined {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/** A password a person chose, as opposed to a stand-in for one. */
export function plausiblePassword(value: string, user?: string): boolean {
  return (
    !PLACEHOLDER.test(value) &&
    !madeOfStandInWords(value) &&
    value !== user &&
    !NOT_A_VALUE.test(value) &&
    !isName(value)
  );
}

export function plausibleValue(secret: string, c: ValueContext): boolean {
  if (PLACEHOLDER.test(secret) || KNOWN_EXAMPLES.some((k) => secret.includes(k))) return false;
  if (!c.runs && hasTypedRun(secret)) return false;
  if (c.entropy !== undefined && shannonEntropy(secret) < c.entropy) return false;
  if (c.kind === 'token') return true;
  // People type `abcd1234`; a generated value has no run of four.
  if (NOT_A_VALUE.test(secret) || isName(secret, c.knownPrefix)) return false;
  if (hasTypedRun(secret, 4) || mostlyTypedRuns(secret) || keyboardMashed(secret)) return false;
  if (REGEX_LIKE.test(secret)) return false;
  if (charClasses(secret) < 2 && secret.length < 20) return false;
  const password = c.kind === 'password' || (c.name !== undefined && PASSWORD_NAME.test(c.name));
  // A generated key is longer than the shortest password people choose.
  if (!password && secret.length < 10) return false;
  const decoded = printableBase64(secret);
  if (password)
    return plausiblePassword(secret, c.user) && (decoded === undefined || plausiblePassword(decoded));
  if (decoded !== undefined && (PLACEHOLDER.test(decoded) || madeOfStandInWords(decoded))) return false;
  return !GENERIC_DECOY.test(secret) && !PUBLIC_VALUE.test(secret);
}
