/**
 * The V8 settings of a run that does real work, set by a front end once it knows its command,
 * before it loads the command's code. Not set for a command that runs no pattern a config names on
 * text from outside and builds no large data (`validate`, `schema`, the version and the help):
 * changing any V8 flag changes V8's flag hash, and the code cache of Node's own modules, made with
 * the defaults, no longer matches it, so every one of them loaded afterwards — in this thread and
 * in every thread started later — is compiled from source (measured under Node 24: 5–15 ms of
 * a validate's start; 150–200 ms of CPU in the scan thread of a large diff).
 *
 * The young generation is kept at the size it starts with. A gate is a short process that builds
 * its data once and drops it at exit; Node 22 and later let the young generation grow to 64 MB
 * semi-spaces (Node 20: 16 MB), and on a large diff it does: 128 MB of fresh pages that the
 * process touches once. Measured on the 222 MB diff under Node 24: peak RSS 185–195 MB kept
 * against 290–325 MB grown, and the run faster kept (4.1 s against 4.3–4.4 s: more, smaller
 * collections cost less than faulting in the pages); review of 10,000 runs 0.55 s against 0.69 s.
 * The setting applies to the process, scan threads included. Node calls flags set at run time
 * unsupported: this one is read whenever V8 considers growing the space, and a Node that ignored it
 * would only use more memory.
 *
 * Every regular expression is bounded. A pattern the config names (a trend's `pattern`, a custom
 * secret rule, `allowPatterns`, an expected body's `matches`) runs on text a pull request or a
 * staging service controls; one that backtracks catastrophically on crafted text would hold the
 * thread for hours, and no check's timeout could fire. With this flag V8 runs such a pattern again
 * on its linear-time engine once it has backtracked 50,000 times. That engine runs the patterns a
 * config names as they are compiled (a trend's with `m`, secret rules with `g`, allowPatterns with
 * none); one it cannot run (the `i`, `u` or `d` flag, look-around, back-references) keeps
 * backtracking. Patterns that do not backtrack that much never notice it. Read whenever a pattern
 * backtracks that much; a Node that ignored it would only be as slow as before.
 */
export async function setRunFlags(): Promise<void> {
  const { default: v8 } = await import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
}

/** CLI commands (its first argument) that run without them; any other first argument sets them. */
const PLAIN_CLI: ReadonlySet<string | undefined> = new Set([
  undefined,
  'validate',
  'schema',
  'help',
  '--help',
  '-h',
  '--version',
  '-V',
]);

export const cliSetsRunFlags = (argv: readonly string[]): boolean => !PLAIN_CLI.has(argv[0]);

/** The action's `validate` runs without them; every other command, or none given, sets them. */
export const actionSetsRunFlags = (env: NodeJS.ProcessEnv): boolean =>
  (env.INPUT_COMMAND ?? '').trim() !== 'validate';
