import type { X2jOptions, XMLParser } from 'fast-xml-parser';

let loaded: Promise<typeof XMLParser> | undefined;

/**
 * An XML parser, its library loaded on first use: most runs read no XML (JUnit, Cobertura), and
 * every command the action runs starts faster without it.
 */
export async function xmlParser(options: X2jOptions): Promise<XMLParser> {
  loaded ??= import('fast-xml-parser').then((m) => m.XMLParser);
  const Parser = await loaded;
  return new Parser(options);
}
