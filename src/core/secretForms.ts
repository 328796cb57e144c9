import { NOT_XML_CHARS } from './xmlChars.js';

/**
 * The forms a secret may come back in — from a serializer, a URL, a web page, a shell, a case
 * change — each of which is masked as the secret itself.
 */

/** Shorter values are not registered: they would mask ordinary words. */
export const MIN_SECRET = 4;
/** A line of a multi-line value is masked on its own from this length. */
const MIN_LINE = 8;

/** Characters that no encoding below changes, and whose case changes keep the length. */
const PLAIN = /^[A-Za-z0-9_.~-]+$/;

const hex2 = (n: number) => `%${n.toString(16).toUpperCase().padStart(2, '0')}`;

/** Percent-encodes every character outside printable ASCII and those in `set`, as UTF-8 bytes. */
function percentEncode(s: string, set: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0x20 && c < 0x7f && !set.includes(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += hex2(b);
  }
  return out;
}

// The URL standard's percent-encode sets for the query (special schemes), the path and userinfo.
const QUERY_SET = ` "#<>'`;
const PATH_SET = `${QUERY_SET}?\`{}^`;
const USERINFO_SET = `${PATH_SET}/:;=@[\\]|`;

/**
 * Decodes the `%XX` runs of a text as a URL parser does, and leaves the rest. A run that is not
 * UTF-8 is left as it is by a strict decoder; a lenient one (URLSearchParams, most web
 * frameworks) puts U+FFFD for each broken sequence and reads the rest of the value on: both
 * readings are returned.
 */
function percentDecodings(s: string): string[] {
  const strict = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
  const lenient = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) =>
    Buffer.from(m.replace(/%/g, ''), 'hex').toString('utf8'),
  );
  return strict === lenient ? [strict] : [strict, lenient];
}

/** Characters that end a part of a URL or of its query: fragment, query, parameter, value. */
const URL_DELIMITER = /[#?&=;]/g;
/**
 * A piece of lower-case words is parameters' names and values (`sslmode=require`,
 * `application_name`) more likely than the value's own characters: masked wherever it appears,
 * it would hide ordinary words of every output.
 */
const WORDS = /^[a-z_.=&?#;-]+$/;
/** Beyond this many delimiters, only the pieces between two neighbouring ones are listed. */
const MAX_CUTS = 8;

/**
 * The pieces of a value a service may read when the value was put into a URL as it is: `#`
 * ends what is sent (a fragment never is), `?` ends a path and starts the query, `&` and `;`
 * end a parameter, `=` its name. Each run from the start or a delimiter to the end or a later
 * delimiter, of at least MIN_LINE characters and not only lower-case words, with tabs and line
 * breaks dropped as a parser does.
 */
function urlPieces(value: string): string[] {
  const v = value.replace(/[\t\n\r]/g, '');
  const cuts = [...v.matchAll(URL_DELIMITER)].map((m) => m.index);
  if (cuts.length === 0) return [];
  const starts = [0, ...cuts.map((c) => c + 1)];
  const ends = [...cuts, v.length];
  const out: string[] = [];
  starts.forEach((from, i) => {
    const last = cuts.length > MAX_CUTS ? i + 1 : ends.length;
    for (let j = i; j < last; j++) {
      const to = ends[j]!;
      const piece = v.slice(from, to);
      if (piece.length >= MIN_LINE && piece.length < v.length && !WORDS.test(piece)) out.push(piece);
    }
  });
  return out;
}

/** A path of lower-case words (`/services/`, `/api/webhooks`): it names a route, not a credential. */
const PATH_WORDS = /^[a-z_./-]+$/;

/**
 * The parts of a value that is itself a URL (a webhook, a DSN) that a service it is sent to may
 * give back on their own — an error page or a log naming the path it was asked for, a lookup
 * naming the host, a login naming the user: its path (with the query, and each segment), its
 * user name and password, and each label of its host. Each of at least MIN_LINE characters (the
 * password: MIN_SECRET) and not only lower-case words, as for urlPieces: the host
 * `hooks.slack.com` and the path `/services/` stay readable; a token in the path does not.
 */
function urlParts(value: string): [string, number][] {
  const v = value.trim();
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]/.test(v)) return [];
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return [];
  }
  const parts: [string, number][] = [
    [url.pathname + url.search, MIN_LINE],
    [url.pathname, MIN_LINE],
    ...url.pathname.split('/').map((segment): [string, number] => [segment, MIN_LINE]),
    ...url.hostname.split('.').map((label): [string, number] => [label, MIN_LINE]),
    [url.username, MIN_LINE],
    [url.password, MIN_SECRET],
  ];
  return parts.filter(
    ([part, min]) =>
      part.length >= min && part.length < v.length && !WORDS.test(part) && !PATH_WORDS.test(part),
  );
}

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);

const htmlEscape = (s: string, quot: string, apos: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, quot)
    .replace(/'/g, apos);

/** How a value may be put into a URL (or not at all). */
const URL_ENCODINGS: ((s: string) => string)[] = [
  (s) => s,
  encodeURIComponent,
  (s) => encodeURIComponent(s).replace(/%20/g, '+'),
  (s) => new URLSearchParams([['', s]]).toString().slice(1),
  encodeURI,
  (s) => percentEncode(s, QUERY_SET),
  (s) => percentEncode(s, PATH_SET),
  (s) => percentEncode(s, USERINFO_SET),
];

/**
 * Characters `printf %q` puts a backslash before; besides these, `#` at the start and `~` at the
 * start or after `:` or `=`, where the shell would expand it.
 */
const BACKSLASHED = /[ \t\n'"\\|&;()<>!{}*[?\]^$`,]/g;
const ANSI_C_NAMED: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\x1b': '\\E',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  "'": "\\'",
};
const octal = (b: number) => `\\${b.toString(8).padStart(3, '0')}`;

/**
 * bash's `$'…'` quoting, which `set -x` and `printf %q` use for a value holding what the locale
 * cannot print: escapes for controls, `\` and `'`; in a locale that is not UTF-8, every byte
 * beyond ASCII as an octal escape.
 */
function ansiC(s: string, utf8: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const named = Object.hasOwn(ANSI_C_NAMED, ch) ? ANSI_C_NAMED[ch] : undefined;
    if (named !== undefined) out += named;
    else if (c < 0x20 || c === 0x7f) out += octal(c);
    else if (c > 0x7f && !utf8) for (const b of Buffer.from(ch, 'utf8')) out += octal(b);
    else out += ch;
  }
  return out;
}

const REPR_NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A string as Python's `repr` and Node's `util.inspect` print it, inside its quotes: `\` doubled,
 * controls escaped (`\t`, `\x01`), and `'` escaped when it is the quote.
 */
function reprEscape(s: string, quote: boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '\\' || (quote && ch === "'")) out += `\\${ch}`;
    else if (c < 0x20 || c === 0x7f) out += REPR_NAMED[ch] ?? `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

/** How text, a URL included, may come back from a serializer or a web page (or as it is). */
const TEXT_ENCODINGS: ((s: string) => string)[] = [
  (s) => s,
  jsonEscape,
  (s) => jsonEscape(s).replace(/\//g, '\\/'),
  (s) =>
    jsonEscape(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  (s) => jsonEscape(jsonEscape(s)),
  // HTML as template engines escape it, each with its own quotes: Rails and lodash; Python's
  // html.escape and Django; Jinja2 (MarkupSafe) and Java's encoders; PHP's htmlspecialchars; Go's
  // html/template, which escapes `+` too; and the hexadecimal pair.
  (s) => htmlEscape(s, '&quot;', '&#39;'),
  (s) => htmlEscape(s, '&quot;', '&#x27;'),
  (s) => htmlEscape(s, '&#34;', '&#39;'),
  (s) => htmlEscape(s, '&quot;', '&#039;'),
  (s) => htmlEscape(s, '&#34;', '&#39;').replace(/\+/g, '&#43;'),
  (s) => htmlEscape(s, '&#34;', '&#x27;'),
  // As a test runner or a log prints a string: Python's repr, Node's util.inspect.
  (s) => reprEscape(s, true),
  (s) => reprEscape(s, false),
  // Single-quoted in YAML (PyYAML, go-yaml) or SQL: a quote doubled.
  (s) => s.replace(/'/g, "''"),
  // As a shell script prints it: traced by `set -x` (single-quoted), by `printf %q`.
  (s) => s.replace(/'/g, `'\\''`),
  (s) =>
    s
      .replace(BACKSLASHED, (c) => `\\${c}`)
      .replace(/^#/, '\\#')
      .replace(/(^|[:=])~/g, '$1\\~'),
  (s) => ansiC(s, true),
  (s) => ansiC(s, false),
];

/**
 * Every form of a value that is masked: the value (also trimmed, with its blanks folded into
 * single spaces, and as a service reads it, or pieces of it, from a URL it was put into
 * unencoded) and, for a multi-line one, each line (and the other line ending); each put into a
 * URL in every usual way or not, and the result written as it is, JSON-escaped, HTML-escaped, or
 * quoted as a shell, a language or YAML prints a string. Letter case is matched loosely by the
 * matcher; case changes that change the length (`ß` → `SS`) are listed here.
 */
export function secretForms(value: string): string[] {
  // Most tokens hold nothing any encoding changes: they have one form.
  if (PLAIN.test(value)) return [value];
  const bases = new Set<string>([value]);
  // What a service reads of a value put into a URL as it is: the value decoded (`%41`, and `+`
  // as a space); as a URL parser leaves it (tabs and line breaks dropped, `\` read as `/` in a
  // path); and the pieces of it that land in other parts of the URL (see urlPieces), each of
  // them decoded too.
  const decoded = (s: string) =>
    new Set([s, ...percentDecodings(s), ...percentDecodings(s.replace(/\+/g, ' '))]);
  const reads: [string, number][] = [];
  for (const parsed of new Set([value, value.replace(/[\t\n\r]/g, ''), value.replace(/\\/g, '/')]))
    for (const read of decoded(parsed)) reads.push([read, MIN_SECRET]);
  for (const piece of urlPieces(value)) for (const read of decoded(piece)) reads.push([read, MIN_LINE]);
  for (const [part, min] of urlParts(value)) for (const read of decoded(part)) reads.push([read, min]);
  // Each also trimmed and with its blanks folded into single spaces, as one-line excerpts and
  // rendered text show it; and as an XML parser reads it from an attribute written raw (a
  // report's `message="…"`), each tab and line break a space (a CR LF one), trimmed or not.
  for (const [read, min] of reads) {
    const trimmed = read.trim();
    const attribute = read.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
    for (const b of [read, trimmed, trimmed.replace(/\s+/g, ' '), attribute, attribute.trim()])
      if (b.length >= min) {
        bases.add(b);
        // A character XML does not allow, as a report's reader gives it (U+FFFD).
        bases.add(b.replace(NOT_XML_CHARS, '\uFFFD'));
      }
  }
  if (/[\r\n]/.test(value)) {
    bases.add(value.replace(/\r\n/g, '\n'));
    // XML text: every line break, a lone CR too, is read as a line feed.
    bases.add(value.replace(/\r\n?/g, '\n'));
    bases.add(value.replace(/\r?\n/g, '\r\n'));
    for (const line of value.split(/\r\n|\r|\n/)) {
      const l = line.trim();
      if (l.length >= MIN_LINE) bases.add(l);
    }
  }
  for (const b of [...bases]) {
    for (const c of [b.toLowerCase(), b.toUpperCase()]) if (c.length !== b.length) bases.add(c);
  }
  const inUrls = new Set<string>();
  for (const b of bases)
    for (const encode of URL_ENCODINGS) {
      try {
        inUrls.add(encode(b));
      } catch {
        // A lone surrogate cannot be percent-encoded; the other forms still apply.
      }
    }
  const out = new Set<string>();
  for (const u of inUrls)
    for (const encode of TEXT_ENCODINGS) {
      const f = encode(u);
      if (f.length >= MIN_SECRET) out.add(f);
    }
  return [...out];
}
