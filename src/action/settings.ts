import type { FailOn } from '../app/exitCodes.js';
import type { OptionValue } from '../app/options.js';
import { UsageError } from '../core/errors.js';
import { input } from './inputs.js';

/** The inputs every command of the action reads first. */
export interface ActionSettings {
  command: OptionValue<'command'>;
  config: string;
  profile: string;
  inputs: Record<string, string>;
  base?: string;
  head?: string;
  failOn: FailOn;
  outDir?: string;
  workingDirectory?: string;
}

export function readSettings(): ActionSettings {
  const command = input('command');
  const profile = input('profile') ?? '';
  if (command === 'gate' && !profile)
    throw new UsageError('input profile is required (e.g. profile: staging)');
  return {
    command,
    config: input('config'),
    profile,
    inputs: input('inputs'),
    base: input('base'),
    head: input('head'),
    failOn: input('failOn'),
    outDir: input('outputDir'),
    workingDirectory: input('workingDirectory'),
  };
}
