import type { SaxesParser } from 'saxes';
import { isXmlChar, NOT_XML_CHARS } from '../core/xmlChars.js';

/**
 * XML reports (JUnit, Cobertura) are read as a stream of tags, never built into a document tree: a
 * report is mostly elements of which only a count is kept (passing test cases and their output,
 * covered lines), and a tree of a report of tens of megabytes took several times its size in
 * memory and seconds to build. Every report must be well-formed: one cut short (its writer killed
 * while writing it) or broken is an error naming where, never the part of it that was read
 * (faults in its content alone are read past, see CONTENT_FAULT).
 */

let loaded: Promise<typeof SaxesParser> | undefined;

/**
 * A parser that throws at the first well-formedness error but a fault in content alone (see
 * CONTENT_FAULT), its library loaded on first use: most runs read no XML, and every command the
 * action runs starts faster without it.
 */
export async function xmlReader(): Promise<SaxesParser> {
  loaded ??= import('saxes').then((m) => m.SaxesParser);
  const parser = new (await loaded)();
  parser.on('error', (err) => {
    if (!CONTENT_FAULT.test(err.message)) throw notWellFormed(err);
  });
  return parser;
}

/** Bytes of a report decoded at once: the text of a report of hundreds of megabytes is never held whole. */
const DECODE_SLICE = 1024 * 1024;

/**
 * Test runners write what a test printed into their reports as it came, terminal colour codes
 * (ESC) and all, raw or as `&#27;`, and some an HTML entity such as `&nbsp;`: characters XML does
 * not allow, which say nothing about which cases a report holds. A raw one is read as U+FFFD
 * before the parser sees it; a reference to one, or an entity XML does not define, the parser
 * reads past as its text (made U+FFFD in what is kept, see xmlText). Anything else it finds, a tag
 * cut off or closed out of turn, a `<` inside a value, stays an error.
 */
const CONTENT_FAULT = /^\d+:\d+: (?:malformed character entity|undefined entity)\.$/;

const rawAllowed = (text: string) => text.replace(NOT_XML_CHARS, '\uFFFD');

/**
 * Hands a whole report to `parser` and closes it: its text, or its UTF-8 bytes decoded a slice at
 * a time; each raw character XML does not allow as U+FFFD (see CONTENT_FAULT).
 */
export function readXml(parser: SaxesParser, xml: string | Uint8Array): void {
  if (typeof xml === 'string') parser.write(rawAllowed(xml));
  else {
    const utf8 = new TextDecoder();
    for (let at = 0; at < xml.length; at += DECODE_SLICE)
      parser.write(rawAllowed(utf8.decode(xml.subarray(at, at + DECODE_SLICE), { stream: true })));
    parser.write(rawAllowed(utf8.decode()));
  }
  parser.close();
}

/** References the parser left as their text: to a character XML does not allow, or to a lone surrogate. */
const REFERENCE = /&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));/g;

/** Content kept from a report, a reference to a character XML does not allow as U+FFFD. */
export function xmlText(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(REFERENCE, (m, hex: string | undefined, dec: string | undefined) =>
    isXmlChar(hex !== undefined ? Number.parseInt(hex, 16) : Number(dec)) ? m : '\uFFFD',
  );
}

/** The parser's `1:95: unclosed tag: failure`, said as where, then what. */
function notWellFormed(err: Error): Error {
  const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(err.message);
  return new Error(
    m
      ? `not well-formed XML at line ${m[1]}, column ${m[2]}: ${m[3]}`
      : `not well-formed XML: ${err.message}`,
  );
}

/** Attribute values as a report means them: the spaces around a value are not part of it. */
export function attributesOf(attributes: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const out = Object.create(null) as Record<string, string>;
  for (const k of Object.keys(attributes)) out[k] = xmlText(attributes[k]!.trim());
  return out;
}
