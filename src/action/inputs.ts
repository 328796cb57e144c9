import * as step from './step.js';
import { OPTIONS, type OptionName, type OptionValue } from '../app/options.js';

/** An action input read and parsed by its one description; a bad value is a UsageError naming it. */
export function input<K extends OptionName>(key: K): OptionValue<K> {
  const spec = OPTIONS[key];
  const raw = 'list' in spec && spec.list ? step.getMultilineInput(spec.name) : step.getInput(spec.name);
  return spec.parse(raw, `input ${spec.name}`) as OptionValue<K>;
}
