import { Option } from 'commander';
import { flagOf, OPTIONS, type OptionName, type OptionSpec, type OptionValue } from '../app/options.js';

const collect = (value: string, prev: string[]) => [...prev, value];

/**
 * The commander option of a shared option: same name, help and default as the action input.
 * A switch whose default is on becomes `--no-<flag>`.
 */
export function cliOption(key: OptionName, overrides: { help?: string; default?: string } = {}): Option {
  const spec: OptionSpec = OPTIONS[key];
  const flag = flagOf(spec);
  if (!flag) throw new Error(`option ${spec.name} has no CLI flag`);
  const help = overrides.help ?? spec.help ?? spec.description;
  if (!spec.value) {
    return spec.default === 'true'
      ? new Option(`--no-${flag.slice(2)}`, `do not: ${help}`)
      : new Option(`${spec.short ? `${spec.short}, ` : ''}${flag}`, help);
  }
  const opt = new Option(`${spec.short ? `${spec.short}, ` : ''}${flag} ${spec.value}`, help);
  if (spec.list) return opt.argParser(collect).default([]);
  const dflt = overrides.default ?? spec.default;
  return dflt !== undefined ? opt.default(dflt) : opt;
}

/** Parses what commander collected for a shared option, with the flag named in messages. */
export function cliValue<K extends OptionName>(key: K, value: unknown): OptionValue<K> {
  const spec: OptionSpec = OPTIONS[key];
  const raw = value === undefined ? '' : Array.isArray(value) ? (value as string[]) : String(value);
  return spec.parse(raw, flagOf(spec) ?? spec.name) as OptionValue<K>;
}
