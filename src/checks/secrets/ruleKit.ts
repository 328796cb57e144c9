import { parseTemplate, templatePrefix, templateSource } from './template.js';
import type { ValueKind } from './values.js';

/**
 * One rule of the secret rule set. Every rule names the keywords one of which must appear
 * (case-insensitively) in a line before its regex runs; the pattern's `secret` group (or the
 * whole match) is the value.
 */
export interface SecretRule {
  id: string;
  title: string;
  /** Where the format comes from: the gitleaks or secretlint rule it matches, or the vendor's docs. */
  source?: string;
  /** Lower-case substrings; a line without any of them is never matched against `pattern`. */
  keywords: string[];
  /** Global regex; the named group `secret` is the value, else the whole match. */
  pattern: RegExp;
  /**
   * Sticky regex that must match right after a keyword for the rule to run: a token's body after
   * its prefix, an assignment after a secret-sounding name. It rules most lines out cheaply.
   */
  after?: RegExp;
  /** `warning` for secrets of limited reach (test-mode keys); default failure. */
  level?: 'failure' | 'warning';
  /** Minimum Shannon entropy (bits per character) of the value. */
  entropy?: number;
  /** How the value is judged (see values.ts); default `token`. */
  value?: ValueKind;
  /** The `name` group, when there is one, must match this. */
  name?: RegExp;
  /** The literal start of every token of the rule. */
  prefix?: string;
  /** The format has runs a person would type (`AAAAAAAA…`): do not take them for a placeholder. */
  runs?: boolean;
  /** Extra condition on the value, its line and the match's named groups. */
  accept?(secret: string, line: string, groups: Readonly<Record<string, string | undefined>>): boolean;
  /**
   * A line the rule must report and a near miss no rule may report; runs like `{a36}` (see
   * template.ts) are filled with random characters by the test that runs every rule over them.
   */
  examples?: { hit: string; miss: string };
}

/** No word character before a token. */
export const B = '(?<![A-Za-z0-9_])';
/** None after it, nor a `-` (many bodies hold `-`: a longer run is another format). */
export const E = '(?![A-Za-z0-9_-])';

export type RuleRow = Omit<SecretRule, 'pattern'> & { pattern: string; flags?: string };

export function rule(r: RuleRow): SecretRule {
  const { flags, pattern, ...rest } = r;
  return { ...rest, pattern: new RegExp(pattern, `g${flags ?? ''}`) };
}

/** Characters a template's classed runs add at their minimum: how much of it is random. */
function randomLength(template: string): number {
  return parseTemplate(template).reduce((n, p) => n + (p.min ?? 0), 0);
}

export interface TokenOptions extends Partial<
  Pick<SecretRule, 'keywords' | 'after' | 'level' | 'entropy' | 'runs' | 'accept'>
> {
  /** Lookbehind before the token (default: no word character). */
  before?: string;
  /** Lookahead after it (default: no word character nor `-`). */
  end?: string;
  hit?: string;
  miss?: string;
}

/**
 * A token recognised by its shape alone (`template`, see template.ts). Its keyword is its
 * prefix and the rest of the shape must follow it, so the regex runs only on a real candidate.
 * Bodies of 16 random characters or more need an entropy of 3 bits, which turns down
 * `ABABABAB…`-style stand-ins that no placeholder word gives away.
 */
export function token(
  id: string,
  title: string,
  template: string,
  source: string,
  o: TokenOptions = {},
): SecretRule {
  const prefix = templatePrefix(template);
  const random = randomLength(template);
  const entropy = o.entropy ?? (random >= 16 ? 3 : undefined);
  return {
    id,
    title,
    source,
    keywords: o.keywords ?? [prefix.toLowerCase()],
    // Only when the keyword is the prefix itself is the rest of the shape known to follow it.
    ...(o.keywords
      ? o.after
        ? { after: o.after }
        : {}
      : { after: new RegExp(templateSource(template.slice(prefix.length)), 'y') }),
    pattern: new RegExp(`${o.before ?? B}(?<secret>${templateSource(template)})${o.end ?? E}`, 'g'),
    prefix,
    ...(entropy !== undefined ? { entropy } : {}),
    ...(o.level ? { level: o.level } : {}),
    ...(o.runs ? { runs: true } : {}),
    ...(o.accept ? { accept: o.accept } : {}),
    examples: {
      hit: o.hit ?? `token = "${template}"`,
      miss: o.miss ?? `token = "${prefix}${'x'.repeat(Math.max(8, random))}"`,
    },
  };
}

/** `name = "value"`, `name: value`, `"name": "value"`, `name => 'value'`, `name := value`. */
const ASSIGN = String.raw`["']?\s*(?:=|:=|:|=>)\s*(?:[A-Za-z]+\()?`;

export interface NamedOptions extends Partial<Pick<SecretRule, 'name' | 'entropy' | 'level' | 'runs'>> {
  hit?: string;
  miss?: string;
}

/**
 * A value of a service's shape assigned to a name that holds the service's word
 * (`DATADOG_APP_KEY = <40 hex>`): formats that only their name tells apart. `words` are
 * lower-case and literal; `templates` the shapes the value may have.
 */
export function named(
  id: string,
  title: string,
  words: string[],
  templates: string | string[],
  source: string,
  o: NamedOptions = {},
): SecretRule {
  const shapes = typeof templates === 'string' ? [templates] : templates;
  const value = shapes.map(templateSource).join('|');
  const word = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const upper = words[0]!.replace(/[^a-z0-9]+$/i, '').toUpperCase();
  return {
    id,
    title,
    source,
    keywords: words,
    after: new RegExp(String.raw`[\w.-]{0,40}?${ASSIGN}["'\x60]?(?:${value})`, 'iy'),
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?<name>[\w.-]{0,40}?(?:${word})[\w.-]{0,40}?)${ASSIGN}["'\x60]?(?<secret>${value})(?![\w-])`,
      'gi',
    ),
    entropy: o.entropy ?? 3,
    ...(o.name ? { name: o.name } : {}),
    ...(o.level ? { level: o.level } : {}),
    ...(o.runs ? { runs: true } : {}),
    examples: {
      hit: o.hit ?? `${upper}_API_KEY=${shapes[0]}`,
      miss: o.miss ?? `${upper}_API_KEY=\${${upper}_API_KEY}`,
    },
  };
}
