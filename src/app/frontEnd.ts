import { type OptionSpelling, renderOptionRefs, renderOptionRefsDeep } from '../core/optionRef.js';
import { flagOf, OPTIONS, type OptionSpec } from './options.js';

/**
 * The front end a use case runs under. Messages name options neutrally (`optionRef`, in core);
 * this renders them the way the person reading uses them: a flag on the command line, an input
 * in a workflow. Without a front end (a library caller) both spellings are given.
 */
export type FrontEnd = 'cli' | 'action';

const BY_INPUT = new Map<string, OptionSpec>(Object.values(OPTIONS).map((s: OptionSpec) => [s.name, s]));

/** `--pr`, `--no-check-run`, `--comment off`; an option the CLI lacks keeps its input name. */
function cliSpelling(input: string, value?: string): string {
  const spec = BY_INPUT.get(input);
  const flag = spec ? flagOf(spec) : `--${input}`;
  if (!flag) return value === undefined ? `the \`${input}\` input` : `\`${input}: ${value}\``;
  if (value === undefined) return flag;
  // A switch is written by its presence: `--no-x` turns off one that is on by default.
  if (spec && !spec.value && (value === 'true' || value === 'false'))
    return value === String(spec.default === 'true') ? flag : `--no-${flag.slice(2)}`;
  return `${flag} ${value}`;
}

/** The `base` input; `check-run: false`. */
function actionSpelling(input: string, value?: string): string {
  return value === undefined ? `the \`${input}\` input` : `\`${input}: ${value}\``;
}

/** `--base (action input base)`: for a caller that is neither front end. */
function bothSpellings(input: string, value?: string): string {
  const spec = BY_INPUT.get(input);
  const cli = spec && flagOf(spec) ? cliSpelling(input, value) : undefined;
  const action = value === undefined ? `\`${input}\`` : `\`${input}: ${value}\``;
  return cli ? `${cli} (action input ${action})` : `the action input ${action}`;
}

export function optionSpelling(frontEnd: FrontEnd | undefined): OptionSpelling {
  return frontEnd === 'cli' ? cliSpelling : frontEnd === 'action' ? actionSpelling : bothSpellings;
}

/** What a person of this front end reads: every option reference in the text spelled for it. */
export function forFrontEnd(frontEnd: FrontEnd | undefined) {
  const spell = optionSpelling(frontEnd);
  return {
    text: (text: string) => renderOptionRefs(text, spell),
    deep: <T>(value: T) => renderOptionRefsDeep(value, spell),
    /** An error about to be shown: its message (and a config error's issues) spelled in place. */
    error<E>(err: E): E {
      if (err instanceof Error) {
        err.message = renderOptionRefs(err.message, spell);
        const issues = (err as { issues?: { message: string }[] }).issues;
        if (Array.isArray(issues)) for (const i of issues) i.message = renderOptionRefs(i.message, spell);
      }
      return err;
    },
  };
}
