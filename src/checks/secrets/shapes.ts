import { maskSpans, maskUrlCredentials, type Span } from '../../core/redact.js';
import { RULES } from './rules.js';
import { SecretScanner } from './scanner.js';

/**
 * The secret rule set turned on outputs: spans of text that hold a token of a known kind
 * (GitHub, Slack, cloud keys, private keys…), so a token is masked wherever it shows up — in a
 * route path, a dependency URL, a response body — even when the secrets check never saw it
 * (it reads only the lines a change added). The same keyword automaton as the diff scan keeps
 * this to one table lookup per character for text without any keyword.
 */

/** A private key block: everything between its markers (or to the end, when it was cut). */
const PEM_BEGIN = /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
/** Key material (and its headers, escaped newlines, quotes) when no END marker follows. */
const PEM_BODY = /(?:[A-Za-z0-9+/=:,"'`-]|\\[rn]|\s)+/y;

let scanner: SecretScanner | undefined;
const found: string[] = [];
/** Line numbers only keep the scanner's per-line bookkeeping apart; they never show. */
let lineNo = 0;

function keySpans(text: string, out: Span[]): void {
  for (const m of text.matchAll(PEM_BEGIN)) {
    const start = m.index + m[0].length;
    PEM_END.lastIndex = start;
    const end = PEM_END.exec(text);
    if (end) {
      out.push([start, end.index]);
      continue;
    }
    PEM_BODY.lastIndex = start;
    if (!PEM_BODY.test(text)) continue;
    let stop = PEM_BODY.lastIndex;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    out.push([start, stop]);
  }
}

/**
 * Spans of `text` that hold a token of a shape the secret rules know, appended to `out` (a new
 * list unless given).
 */
export function knownTokenSpans(text: string, out: Span[] = []): Span[] {
  if (text.length < 8) return out;
  if (text.includes('PRIVATE KEY')) keySpans(text, out);
  scanner ??= new SecretScanner({ rules: RULES }, (hit) => void found.push(hit.secret));
  // Outputs are mostly long texts of many lines (evidence, reports) with no keyword at all.
  if (!scanner.mayHit(text)) return out;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    found.length = 0;
    scanner.line('output', ++lineNo, line, 0);
    for (const secret of found)
      for (let i = line.indexOf(secret); i >= 0; i = line.indexOf(secret, i + secret.length))
        out.push([start + i, start + i + secret.length]);
    start = end + 1;
  }
  scanner.flush();
  found.length = 0;
  return out;
}

/**
 * Masks tokens of a known shape and URL credentials in a text a check writes from code it read
 * (a route path, a requirement's URL), so its own findings and evidence hold none even before
 * the gate's redaction.
 */
export function maskKnownTokens(text: string): string {
  return maskUrlCredentials(maskSpans(text, knownTokenSpans(text)));
}
