/**
 * A config's YAML is read within fixed bounds, each checked before the step it protects: the size
 * before anything; nesting and value counts on the token stream (linear) before the parser, which
 * slows down on deep nesting; the same on the token tree before the (recursive) composer; and the
 * size aliases expand to before anything converts or copies the document. A config is a small
 * file; anything past these bounds is a mistake or an attack, and is a config error that says the
 * limit.
 */
export const YAML_LIMITS = {
  /** Characters of the file. */
  chars: 1024 * 1024,
  /** Mappings and lists inside each other. */
  depth: 64,
  /** Keys, values and list items, aliases counted as what they stand for. */
  values: 50_000,
  /** Characters of all keys and values, aliases counted as what they stand for. */
  expandedChars: 2 * 1024 * 1024,
  /** Characters of one key or value. */
  stringChars: 64 * 1024,
};
