import { sha256 } from '../../core/sha256.js';
import { KeywordMatcher } from '../../core/keywords.js';
import type { SecretRule } from './ruleKit.js';
import { hasTypedRun, PLACEHOLDER, plausibleValue } from './values.js';

export interface SecretHit {
  rule: string;
  title: string;
  level: 'failure' | 'warning';
  file: string;
  line: number;
  /** The value itself: registered as a secret by the check, never written anywhere. */
  secret: string;
  /**
   * Every line of a multi-line value (a private key's body), the first being `secret`: all of
   * them are registered, since a key printed by anything else leaks line by line.
   */
  lines?: string[];
  /** `*** (40 chars)` (see redactSecret). */
  redacted: string;
  fingerprint: string;
  /** Why the hit does not count, when it does not. */
  allowedBy?: 'inline marker' | 'allow pattern';
  /**
   * The commit of the range that added the value, when no line of the range's diff holds it (a
   * later commit removed it): `line` is its line in that commit.
   */
  commit?: string;
}

export interface ScannerOptions {
  rules: readonly SecretRule[];
  /** Entropy floor for generic assignments and passwords (overrides the rules' own). */
  minEntropy?: number;
  allowPatterns?: readonly RegExp[];
  /** Substrings that, on the same line, accept whatever that line holds. */
  inlineMarkers?: readonly string[];
}

const KEY_BEGIN = /^\s*["'`]?-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----["'`,]?\s*$/;
const KEY_BODY = /^\s*["'`]?([A-Za-z0-9+/=]{40,})/;
/** The lines after the first, up to the END marker (the last one is often short). */
const KEY_MORE = /^\s*["'`]?([A-Za-z0-9+/=]+)["'`,]?\s*$/;
/** Headers before a key's body: PEM encryption headers, PGP armor headers, a blank line. */
const KEY_HEADER = /^\s*(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):|^\s*$/;
/** A key body is a few dozen lines; past this it is not one. */
const MAX_KEY_LINES = 200;
const KEY_PIECE = /^[A-Za-z0-9+/=]+$/;

/**
 * How a finding is shown: by its length alone. The rule's title says what kind of secret it is
 * and the file and line where; no character of the value is shown, not a token's first or last
 * few (which are of the secret, bar a format's prefix), nor a key's, nor a password's.
 */
export function redactSecret(value: string): string {
  return `*** (${value.length} chars)`;
}

/** Stable across line moves, so a reviewed baseline survives unrelated edits. */
export function secretFingerprint(rule: string, file: string, secret: string): string {
  return sha256(`${rule}\0${file}\0${secret}`, 'hex').slice(0, 24);
}

/**
 * Where the search goes on after an empty match at `re.lastIndex`, as matchAll goes on: one
 * code unit further, or one code point with the u or v flag (a user's rule may match nothing).
 */
function pastEmptyMatch(text: string, re: RegExp): number {
  const at = re.lastIndex;
  if (!/[uv]/.test(re.flags) || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * The body of a key written on one line (`\\n` escapes, as in JSON): the first piece, then the
 * pieces up to the END marker; without one, only pieces long enough to be key material.
 */
function escapedKeyLines(first: string, rest: string): string[] {
  const end = rest.indexOf('-----END');
  const lines = [first];
  for (const piece of (end >= 0 ? rest.slice(0, end) : rest).split(/\\r|\\n|\s+/)) {
    if (!piece) continue;
    if (!KEY_PIECE.test(piece) || (end < 0 && piece.length < 16) || lines.length >= MAX_KEY_LINES) break;
    lines.push(piece);
  }
  return lines;
}

/**
 * Scans added lines, one at a time, as the diff streams by. A line is matched against rule
 * regexes only when it holds one of their keywords — found for all rules at once by one pass of
 * a keyword automaton — which is what keeps the scan close to the speed of `git diff` itself.
 */
export class SecretScanner {
  private readonly matcher: KeywordMatcher;
  /** Rules to try for each keyword of the matcher. */
  private readonly byKeyword: number[][];
  /** Rules without keywords: tried on every line. */
  private readonly always: number[];
  private readonly beginKeyword: number;
  /** Rules to run on the current line: flags by rule index, and the indices set. */
  private readonly candidate: Uint8Array;
  private readonly candidates: number[] = [];
  /** Per rule, its groups holding the value (`secret`, `secret2`…): alternatives name theirs apart. */
  private readonly secretGroups: string[][];
  /**
   * Per rule, its pattern, this scanner's own: a pattern is searched with `exec` from its
   * `lastIndex`, which another scanner of the same rules must not move meanwhile.
   */
  private readonly patterns: RegExp[];
  /** The literal starts of the rules' token formats. */
  private readonly knownPrefix: RegExp | undefined;
  private pendingKey:
    { file: string; line: number; next: number; allowed: boolean; body?: string[] } | undefined;
  private lineKey = '';
  private lineSeen = new Set<string>();

  constructor(
    private readonly opts: ScannerOptions,
    private readonly onHit: (hit: SecretHit) => void,
  ) {
    const words = [...new Set(opts.rules.flatMap((r) => r.keywords).filter(Boolean)), '-----begin'];
    this.matcher = new KeywordMatcher(words);
    this.byKeyword = words.map(() => []);
    this.always = [];
    const index = new Map(words.map((w, i) => [w, i]));
    opts.rules.forEach((r, ri) => {
      const ks = r.keywords.filter(Boolean);
      if (ks.length === 0) this.always.push(ri);
      for (const k of new Set(ks)) this.byKeyword[index.get(k)!]!.push(ri);
    });
    this.beginKeyword = words.length - 1;
    this.candidate = new Uint8Array(opts.rules.length);
    this.patterns = opts.rules.map((r) => new RegExp(r.pattern.source, r.pattern.flags));
    this.secretGroups = opts.rules.map((r) =>
      [...r.pattern.source.matchAll(/\(\?<(secret\d*)>/g)].map((m) => m[1]!),
    );
    const prefixes = [...new Set(opts.rules.map((r) => r.prefix ?? ''))].filter((p) =>
      /^.{2,}[_.-]$/.test(p),
    );
    this.knownPrefix = prefixes.length
      ? new RegExp(`^(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)
      : undefined;
  }

  /**
   * Every keyword of the rules: a line holding none of them is no hit, unless a key's body is
   * under way (`inKey`). Undefined when some rule has no keyword and so reads every line.
   */
  get keywords(): readonly string[] | undefined {
    return this.always.length ? undefined : this.matcher.words;
  }

  /**
   * Whether any line of `text` could be a hit: some rule reads every line, a key's body is under
   * way, or the text holds a keyword (a keyword in one of its lines is in the text). One pass over
   * a text of many lines, most of which hold none.
   */
  mayHit(text: string): boolean {
    return this.always.length > 0 || this.pendingKey !== undefined || this.matcher.any(text);
  }

  /** A private key's BEGIN line was seen: the lines after it are read whatever they hold. */
  get inKey(): boolean {
    return this.pendingKey !== undefined;
  }

  line(file: string, line: number, text: string, piece: number): void {
    if (this.pendingKey) this.keyBody(file, line, text);
    const pairs = this.matcher.find(text);
    if (pairs === 0 && this.always.length === 0) return;
    const { found } = this.matcher;
    const rules = this.opts.rules;
    const { candidate, candidates } = this;
    for (const ri of candidates) candidate[ri] = 0;
    candidates.length = 0;
    for (const ri of this.always) {
      candidate[ri] = 1;
      candidates.push(ri);
    }
    let begin = false;
    // Rules of a family share one `after` regex: test it once per keyword position.
    let lastAfter: RegExp | undefined;
    let lastAt = -1;
    let lastOk = false;
    // `found` holds the last line's pairs when this one has none (custom rules without keywords).
    for (let i = 0; i < pairs * 2; i += 2) {
      const w = found[i]!;
      const at = found[i + 1]!;
      if (w === this.beginKeyword) begin = true;
      for (const ri of this.byKeyword[w]!) {
        if (candidate[ri]) continue;
        const after = rules[ri]!.after;
        if (after) {
          if (after !== lastAfter || at !== lastAt) {
            after.lastIndex = at;
            lastOk = after.test(text);
            lastAfter = after;
            lastAt = at;
          }
          if (!lastOk) continue;
        }
        candidate[ri] = 1;
        candidates.push(ri);
      }
    }
    if (candidates.length === 0 && !begin) return;
    const marker = this.opts.inlineMarkers?.some((m) => text.includes(m)) ?? false;
    if (begin && piece === 0 && KEY_BEGIN.test(text)) {
      this.pendingKey = { file, line, next: line + 1, allowed: marker };
      return;
    }
    // In table order: a span an earlier rule reported is not reported again.
    if (candidates.length > 1) candidates.sort((a, b) => a - b);
    const spans: [number, number][] = [];
    for (const ri of candidates) {
      const rule = rules[ri]!;
      const groups = this.secretGroups[ri]!;
      const re = this.patterns[ri]!;
      re.lastIndex = 0;
      // An exec loop, not matchAll: matchAll copies the pattern on every call, which cost more
      // than the matching itself on code that names passwords and tokens on every line.
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') re.lastIndex = pastEmptyMatch(text, re);
        let secret = m[0];
        for (const g of groups) {
          const v = m.groups?.[g];
          if (v !== undefined) {
            secret = v;
            break;
          }
        }
        // A user's rule that may match nothing finds no secret where it does.
        if (secret === '') continue;
        const start = (m.index ?? 0) + m[0].lastIndexOf(secret);
        const end = start + secret.length;
        if (spans.some(([s, e]) => start < e && end > s)) continue;
        if (rule.name && !rule.name.test(m.groups?.name ?? '')) continue;
        if (!this.plausible(rule, secret, text, m.groups ?? {})) continue;
        spans.push([start, end]);
        const lines = rule.id === 'private-key' ? escapedKeyLines(secret, text.slice(end)) : undefined;
        this.emit(rule.id, rule.title, rule.level ?? 'failure', file, line, secret, marker, lines);
      }
    }
  }

  /** Call at the end of each file and of the scan (a key block may end the diff). */
  flush(): void {
    this.endKey();
  }

  /** Reported once its body has ended, so that every line of it is known. */
  private endKey(): void {
    const p = this.pendingKey;
    this.pendingKey = undefined;
    if (p?.body)
      this.emit('private-key', 'Private key', 'failure', p.file, p.line, p.body[0]!, p.allowed, p.body);
  }

  private keyBody(file: string, line: number, text: string): void {
    const p = this.pendingKey!;
    if (p.file !== file || line !== p.next) return this.endKey();
    if (p.body) {
      const more = KEY_MORE.exec(text);
      if (!more || p.body.length >= MAX_KEY_LINES) return this.endKey();
      p.body.push(more[1]!);
      p.next = line + 1;
      return;
    }
    if (line - p.line > 4) {
      this.pendingKey = undefined;
      return;
    }
    const body = KEY_BODY.exec(text);
    if (body) {
      if (PLACEHOLDER.test(body[1]!) || hasTypedRun(body[1]!, 10)) this.pendingKey = undefined;
      else {
        p.body = [body[1]!];
        p.next = line + 1;
      }
    } else if (KEY_HEADER.test(text)) p.next = line + 1;
    else this.pendingKey = undefined;
  }

  private plausible(
    rule: SecretRule,
    secret: string,
    line: string,
    groups: Readonly<Record<string, string | undefined>>,
  ): boolean {
    const kind = rule.value ?? 'token';
    const entropy =
      kind !== 'token' && rule.entropy !== undefined ? (this.opts.minEntropy ?? rule.entropy) : rule.entropy;
    const ok = plausibleValue(secret, {
      kind,
      ...(entropy !== undefined ? { entropy } : {}),
      ...(groups.name !== undefined ? { name: groups.name } : {}),
      ...(groups.user !== undefined ? { user: groups.user } : {}),
      ...(rule.runs ? { runs: true } : {}),
      ...(this.knownPrefix ? { knownPrefix: this.knownPrefix } : {}),
    });
    return ok && (!rule.accept || rule.accept(secret, line, groups));
  }

  private emit(
    rule: string,
    title: string,
    level: 'failure' | 'warning',
    file: string,
    line: number,
    secret: string,
    marker: boolean,
    lines?: string[],
  ): void {
    const fingerprint = secretFingerprint(rule, file, secret);
    // Pieces of one long line overlap: report each value once per line.
    const key = `${file}\0${line}`;
    if (key !== this.lineKey) {
      this.lineKey = key;
      this.lineSeen.clear();
    }
    if (this.lineSeen.has(fingerprint)) return;
    this.lineSeen.add(fingerprint);
    const allowedBy = marker
      ? 'inline marker'
      : this.opts.allowPatterns?.some((r) => r.test(secret))
        ? 'allow pattern'
        : undefined;
    this.onHit({
      rule,
      title,
      level,
      file,
      line,
      secret,
      ...(lines && lines.length > 1 ? { lines } : {}),
      redacted: redactSecret(secret),
      fingerprint,
      ...(allowedBy ? { allowedBy } : {}),
    });
  }
}
