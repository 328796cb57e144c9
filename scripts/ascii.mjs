// The bundle as ASCII: every character beyond ASCII written as a `\uXXXX` escape (scripts/build.mjs).
//
// Node reads a module's source as bytes and decodes them before V8 compiles it, compile cache or
// not (V8 keeps the text). Text that holds one character beyond ASCII (a "→" in a message, a "—" in
// a comment) is decoded as UTF-8 into a string of two-byte characters; ASCII text is copied as it
// is into a string of one-byte characters, which V8 also scans faster. The bundle's comments and
// messages are full of such characters, and every command paid for them at start-up. Measured as
// paired runs (`npm run bench:startup -- --compare`, `npm run bench -- --baseline`): the action's
// trivial run 300 → 293 ms and `--version` without the compile cache 153 → 144 ms on an idle
// machine (370 → 337 and 185 → 150 ms on a loaded one); a gate of 50 live probes ends 27 ms sooner.
//
// Where a character stands decides how it is written, so the source is parsed first:
// - in a string, a template or a regular expression, a `\uXXXX` escape means the same character
//   (a template's cooked value; its raw text, which a tagged template can read, would change, so
//   the build stops at a tagged template that holds one). A character after an odd run of
//   backslashes was escaped by the backslash (`\é` is `é`): the escape takes the backslash's place;
//   a line separator after one is a line continuation, which stands for nothing, and stops the build;
// - in an identifier, the escape is the same name (one beyond the Basic Multilingual Plane, whose
//   two halves are no identifier characters, stops the build);
// - anywhere else it is in a comment or it is white space: white space becomes a space (a line
//   separator a line break, so where lines end stays the same), and in a comment the escape is text.
import ts from 'typescript';

const BEYOND_ASCII = /[\u0080-\uffff]/g;

const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const isLiteral = (node) =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateHead(node) ||
  ts.isTemplateMiddle(node) ||
  ts.isTemplateTail(node) ||
  ts.isRegularExpressionLiteral(node);

/**
 * `source` written as ASCII, or the places where escapes would change what the code does
 * (`problems`, messages naming `name:line:column`; then `text` is undefined).
 */
export function toAscii(source, name) {
  if (!/[\u0080-\uffff]/.test(source)) return { text: source, problems: [] };
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const at = (pos) => {
    const { line, character } = file.getLineAndCharacterOfPosition(pos);
    return `${name}:${line + 1}:${character + 1}`;
  };
  const problems = (file.parseDiagnostics ?? []).map(
    (d) => `${at(d.start)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
  /** Tokens that hold a character beyond ASCII, in file order: [start, end, kind]. */
  const tokens = [];
  const visit = (node) => {
    const literal = isLiteral(node);
    if (literal || ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const start = node.getStart(file);
      const text = source.slice(start, node.end);
      if (/[\u0080-\uffff]/.test(text)) {
        if (!literal && /[\ud800-\udfff]/.test(text))
          problems.push(`${at(start)}: an identifier holds a character beyond the Basic Multilingual Plane`);
        if (
          literal &&
          !ts.isRegularExpressionLiteral(node) &&
          ts.isTaggedTemplateExpression(templateOf(node))
        )
          problems.push(
            `${at(start)}: a tagged template holds a character beyond ASCII (its raw text would change)`,
          );
        tokens.push([start, node.end, literal ? 'literal' : 'identifier']);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (problems.length) return { text: undefined, problems };

  tokens.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let last = 0;
  let k = 0;
  for (const m of source.matchAll(BEYOND_ASCII)) {
    const pos = m.index;
    const c = m[0];
    while (k < tokens.length && tokens[k][1] <= pos) k++;
    const token = k < tokens.length && tokens[k][0] <= pos ? tokens[k] : undefined;
    let written = escape(c);
    let dropped = 0;
    if (token?.[2] === 'literal') {
      let backslashes = 0;
      while (pos - backslashes - 1 >= token[0] && source[pos - backslashes - 1] === '\\') backslashes++;
      if (backslashes % 2 === 1) {
        if (c === '\u2028' || c === '\u2029')
          problems.push(`${at(pos)}: a line separator after a backslash (a line continuation)`);
        // The backslash escaped the character: the escape takes its place.
        dropped = 1;
      }
    } else if (token === undefined) {
      if (c === '\u2028' || c === '\u2029') written = '\n';
      else if (ts.isWhiteSpaceLike(c.charCodeAt(0))) written = ' ';
    }
    parts.push(source.slice(last, pos - dropped), written);
    last = pos + 1;
  }
  parts.push(source.slice(last));
  return problems.length ? { text: undefined, problems } : { text: parts.join(''), problems };
}

/**
 * What holds the template a part belongs to: a tagged template expression when it is tagged. Only
 * its own template is climbed out of, never an enclosing one (an untagged template inside the
 * `${…}` of a tagged one is not part of the tagged one's raw text).
 */
function templateOf(node) {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.parent;
  const template = ts.isTemplateSpan(node.parent) ? node.parent.parent : node.parent;
  return template.parent;
}
