import type { SaxesParser } from 'saxes';

/**
 * XML reports (JUnit, Cobertura) are read as a stream of tags, never built into a document tree: a
 * report is mostly elements of which only a count is kept (passing test cases and their output,
 * covered lines), and a tree of a report of tens of megabytes took several times its size in
 * memory and seconds to build. Every report must be well-formed: one cut short (its writer killed
 * while writing it) or broken is an error naming where, never the part of it that was read.
 */

let loaded: Promise<typeof SaxesParser> | undefined;

/**
 * A parser that throws at the first well-formedness error, its library loaded on first use: most
 * runs read no XML, and every command the action runs starts faster without it.
 */
export async function xmlReader(): Promise<SaxesParser> {
  loaded ??= import('saxes').then((m) => m.SaxesParser);
  const parser = new (await loaded)();
  parser.on('error', (err) => {
    throw notWellFormed(err);
  });
  return parser;
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
  for (const k of Object.keys(attributes)) out[k] = attributes[k]!.trim();
  return out;
}
