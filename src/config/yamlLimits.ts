/**
 * The bounds a config's YAML is read within: a config is a small file, and anything past them is
 * a mistake or an attack, a config error that says the limit. The full reading (yaml.ts) checks
 * each before the step it protects; the quick one (plainYaml.ts) reads only texts and data within
 * them.
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
