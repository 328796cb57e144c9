import { MAX_TIMER_MS, parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { PromotionAction } from '../core/types.js';
import { CONCLUSIONS, type Conclusion, DEFAULT_CONCLUSIONS } from '../github/checkRun.js';
import { COMMENT_MODES, COMMENT_WHEN } from '../github/stickyComment.js';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import { DEPLOYMENT_ID } from '../monitor/series.js';

/**
 * Every option of the two front ends, described once: the action reads `INPUT_<name>`, the CLI
 * reads `--<flag>`, and both hand the text to the same `parse`, so a value means the same thing —
 * and a bad one reads the same — wherever it is given. action.yml's inputs and the README's table
 * are generated from this table (a test keeps them equal).
 */
export interface OptionSpec<T = unknown> {
  /** The action input's name. */
  name: string;
  /** The CLI flag (without `--`) when it differs from `name`; `false` when the CLI has none. */
  flag?: string | false;
  short?: string;
  /** CLI placeholder, e.g. `<file>`; absent for boolean switches. */
  value?: string;
  /** One value per line in the action, a repeatable flag in the CLI. */
  list?: boolean;
  /** The action input only (the CLI has its own way, e.g. a token from the environment). */
  actionOnly?: boolean;
  /** What action.yml and the README say. */
  description: string;
  /** Shorter help for the CLI; defaults to the description. */
  help?: string;
  /** Default text as action.yml writes it (empty: no default). */
  default?: string;
  parse(raw: string | readonly string[], where: string): T;
}

const single = (raw: string | readonly string[]): string =>
  (typeof raw === 'string' ? raw : raw.join('\n')).trim();
const lines = (raw: string | readonly string[]): string[] =>
  (typeof raw === 'string' ? raw.split(/\r?\n/) : [...raw]).map((l) => l.trim());

export const text = (raw: string | readonly string[]): string | undefined => single(raw) || undefined;

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function oneOf(values: readonly string[]): string {
  const q = values.map((v) => `"${v}"`);
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
}

export function choice<T extends string>(allowed: readonly T[], fallback: T) {
  return (raw: string | readonly string[], where: string): T => {
    const v = single(raw) || fallback;
    if (!(allowed as readonly string[]).includes(v))
      throw new UsageError(`${where}: expected ${oneOf(allowed)}, got "${v}"`);
    return v as T;
  };
}

export function bool(fallback: boolean) {
  return (raw: string | readonly string[], where: string): boolean => {
    const v = single(raw).toLowerCase();
    if (v === '') return fallback;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw new UsageError(`${where}: expected true or false, got "${v}"`);
  };
}

/** A whole number in [min, max]; empty is `fallback`. */
export function wholeNumber<F extends number | undefined>(min: number, max: number, fallback: F) {
  return (raw: string | readonly string[], where: string): number | F => {
    const v = single(raw);
    if (v === '') return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new UsageError(`${where}: expected a whole number from ${min} to ${max}, got "${v}"`);
    return n;
  };
}

/** A duration of at most 24h (a timer holds no more), or undefined when empty. */
function optionalDuration(raw: string | readonly string[], where: string): number | undefined {
  if (single(raw) === '') return undefined;
  const ms = durationMs(0)(raw, where);
  if (ms > MAX_TIMER_MS) throw new UsageError(`${where}: at most 24h, got "${single(raw)}"`);
  return ms;
}

export function durationMs(fallbackMs: number) {
  return (raw: string | readonly string[], where: string): number => {
    const v = single(raw);
    if (v === '') return fallbackMs;
    const ms = /^\d+$/.test(v) ? undefined : parseDuration(v);
    if (ms === undefined || ms <= 0)
      throw new UsageError(`${where}: expected a duration like 30s or 2m, got "${v}"`);
    return ms;
  };
}

/** `key=value` pairs (the values of `${{ inputs.key }}`); blank lines and `#` comments are skipped. */
export function keyValues(raw: string | readonly string[], where: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of lines(raw)) {
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UsageError(`${where}: expected key=value, got "${line}"`);
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z_][\w-]*$/.test(key))
      throw new UsageError(`${where}: "${key}" is not a valid input name (letters, digits, _ and -)`);
    out[key] = line.slice(eq + 1).trim();
  }
  return out;
}

/** `outcome=conclusion` lines over the defaults; `promote` is short for auto-promote. */
export function conclusions(
  raw: string | readonly string[],
  where: string,
): Record<PromotionAction, Conclusion> {
  const out = { ...DEFAULT_CONCLUSIONS };
  for (const line of lines(raw)) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([\w-]+)\s*[=:]\s*([\w-]+)$/.exec(line);
    const action = m?.[1] === 'promote' ? 'auto-promote' : m?.[1];
    if (!m || !action || !Object.hasOwn(out, action))
      throw new UsageError(
        `${where}: expected <auto-promote|promote-with-hotfix|hold>=<conclusion>, got "${line}"`,
      );
    if (!(CONCLUSIONS as readonly string[]).includes(m[2]!))
      throw new UsageError(`${where}: conclusion "${m[2]}" is not one of ${CONCLUSIONS.join(', ')}`);
    out[action as PromotionAction] = m[2] as Conclusion;
  }
  return out;
}

/** A domain of the aggregate: it names a folder of the bundle and a blocker (`<domain>.missing`). */
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;

/** `domain=path` lines, in order (later ones win); blank lines and `#` comments are skipped. */
export function domainPaths(
  raw: string | readonly string[],
  where: string,
): { domain: string; path: string }[] {
  const out: { domain: string; path: string }[] = [];
  for (const line of lines(raw)) {
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const domain = eq > 0 ? line.slice(0, eq).trim() : '';
    const file = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!domain || !file) throw new UsageError(`${where}: expected DOMAIN=PATH, got "${line}"`);
    if (!DOMAIN.test(domain))
      throw new UsageError(`${where}: domain "${domain}" may use only letters, digits, ".", "_" and "-"`);
    out.push({ domain, path: file });
  }
  return out;
}

/** `a, b,c` → `['a', 'b', 'c']`; empty → undefined (the config's list applies). */
export function domainList(raw: string | readonly string[], where: string): string[] | undefined {
  const names = single(raw)
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const d of names) if (!DOMAIN.test(d)) throw new UsageError(`${where}: "${d}" is not a domain name`);
  return names.length ? names : undefined;
}

const commentChoice = choice(COMMENT_MODES, 'update');

function spec<T>(s: OptionSpec<T>): OptionSpec<T> {
  return s;
}

/** The options, by the name the code uses. Order is the order of action.yml and the README. */
export const OPTIONS = {
  command: spec({
    name: 'command',
    flag: false,
    actionOnly: true,
    description:
      '`gate` (default) runs the checks and decides; `validate` only checks the config (and the profile, when given); `publish` publishes the evidence of another run (see run-id); `deploy` deploys an environment, verifies it and rolls back on failure; `drill` proves that an environment can be rolled back (see environment); `drift` judges the profile’s benchmarks against history (see from-history); `review` writes the review of the profile’s runs in history (see lookback, month); `aggregate` judges a release over the evidence of many jobs (see evidence, evidence-dir); `watch` runs the gate and, when the profile turned since its last recorded run, opens or closes an incident issue and calls the `notify:` webhooks (see incidents, notify); `monitor` watches an environment for a window after a deploy and reacts when it degrades (see environment, window, interval, deployment).',
    default: 'gate',
    parse: choice(
      [
        'gate',
        'validate',
        'publish',
        'deploy',
        'drill',
        'drift',
        'review',
        'aggregate',
        'watch',
        'monitor',
      ] as const,
      'gate',
    ),
  }),
  config: spec({
    name: 'config',
    short: '-c',
    value: '<file>',
    description: 'Path of the config file, relative to working-directory.',
    help: 'config file',
    default: DEFAULT_CONFIG_PATH,
    parse: (raw) => single(raw) || DEFAULT_CONFIG_PATH,
  }),
  workingDirectory: spec({
    name: 'working-directory',
    value: '<dir>',
    actionOnly: true,
    description:
      'Directory the checks run in (default the workspace); config and output-dir are relative to it.',
    parse: text,
  }),
  profile: spec({
    name: 'profile',
    short: '-p',
    value: '<name>',
    description:
      'Profile to run (dev, staging, prod, … as named in the config). Required for commands gate, drift and review.',
    help: 'profile to run',
    parse: text,
  }),
  environment: spec({
    name: 'environment',
    value: '<name>',
    description:
      'command deploy, drill and monitor: the environment (a key of `environments` in the config) to deploy, drill or watch.',
    help: 'environment to deploy (a key of environments in the config)',
    parse: text,
  }),
  rollbackOnFailure: spec({
    name: 'rollback-on-failure',
    description:
      "command deploy: `true` rolls back when the deploy or its verify fails, `false` never does; empty (default): the environment's `rollbackOnFailure`.",
    help: 'roll back when the deploy or its verify fails, whatever the config says',
    parse: (raw, where) => (single(raw) === '' ? undefined : bool(false)(raw, where)),
  }),
  dryRun: spec({
    name: 'dry-run',
    description:
      'command deploy: `true` resolves, prints and records the plan (steps, verify profile, whether a rollback would run) and runs nothing.',
    help: 'resolve, print and record the plan; run nothing',
    default: 'false',
    parse: bool(false),
  }),
  retain: spec({
    name: 'retain',
    value: '<n>',
    description: 'command drill: drill records history keeps per environment (the newest n).',
    help: 'drill records kept in history per environment',
    default: '36',
    parse: wholeNumber(1, 10_000, 36),
  }),
  live: spec({
    name: 'live',
    description:
      'command drill: `true` runs the steps without PROMOTION_GATE_DRY_RUN=1, so they really deploy and roll back.',
    help: 'run the drill for real: no PROMOTION_GATE_DRY_RUN=1 for the steps',
    default: 'false',
    parse: bool(false),
  }),
  window: spec({
    name: 'window',
    value: '<duration>',
    description:
      "command monitor: how long to watch after the deploy (e.g. 15m; default the environment's `monitor.window`, else 15m). A restarted monitor keeps the window it started.",
    help: "how long to watch (default the environment's monitor.window, else 15m)",
    parse: (raw, where) => optionalDuration(raw, where),
  }),
  interval: spec({
    name: 'interval',
    value: '<duration>',
    description:
      "command monitor: time between two rounds of probes (e.g. 30s; default the environment's `monitor.interval`, else 30s).",
    help: "time between two rounds of probes (default the environment's monitor.interval, else 30s)",
    parse: (raw, where) => optionalDuration(raw, where),
  }),
  deployment: spec({
    name: 'deployment',
    value: '<id>',
    description:
      'command monitor: the deployment being watched, which keys its series in history (default the commit). In the action, the id of a GitHub deployment also gets its status when the window ends.',
    help: 'the deployment watched: keys its series in history (default the commit)',
    parse: (raw, where) => {
      const v = single(raw);
      if (v === '') return undefined;
      if (!DEPLOYMENT_ID.test(v))
        throw new UsageError(
          `${where}: "${v}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`,
        );
      return v;
    },
  }),
  fromHistory: spec({
    name: 'from-history',
    description:
      'command drift: `true` judges the newest recorded run instead of measuring the benchmarks now.',
    help: 'judge the newest recorded run instead of measuring now',
    default: 'false',
    parse: bool(false),
  }),
  lookback: spec({
    name: 'lookback',
    value: '<n|period>',
    description: 'command review: the last n runs (`4`) or a period (`7d`, `28d`) to review; default `7d`.',
    help: 'the last n runs (4) or a period (7d, 28d); default 7d',
    parse: (raw, where) => {
      const v = single(raw);
      if (v === '') return undefined;
      if (/^\d+$/.test(v) ? Number(v) < 1 : !((parseDuration(v) ?? 0) > 0))
        throw new UsageError(`${where}: expected a number of runs (4) or a period (7d, 28d), got "${v}"`);
      return v;
    },
  }),
  month: spec({
    name: 'month',
    value: '<YYYY-MM>',
    description:
      'command review: a calendar month (UTC) to review instead of lookback, the monthly checkpoint.',
    help: 'a calendar month (UTC): the monthly checkpoint',
    parse: (raw, where) => {
      const v = single(raw);
      if (v === '') return undefined;
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new UsageError(`${where}: expected YYYY-MM, got "${v}"`);
      return v;
    },
  }),
  evidence: spec({
    name: 'evidence',
    flag: 'artifact',
    short: '-a',
    value: '<domain=path>',
    list: true,
    description:
      'command aggregate: evidence of a domain, one `domain=path` per line (JSON, YAML, JUnit, SARIF, or a folder holding a promotion-gate bundle).',
    help: 'evidence file of a domain (repeatable)',
    parse: domainPaths,
  }),
  evidenceDir: spec({
    name: 'evidence-dir',
    flag: 'dir',
    short: '-d',
    value: '<dir>',
    list: true,
    description:
      'command aggregate: directories of downloaded artifacts, one per line; each file or folder in them is a domain named after it.',
    help: 'directory of downloaded artifacts: each file or folder is a domain (repeatable)',
    parse: (raw) => lines(raw).filter((l) => l !== ''),
  }),
  required: spec({
    name: 'required',
    short: '-r',
    value: '<domains>',
    description:
      "command aggregate: comma-separated domains that must pass (default the config's `aggregate.required`, else every domain given).",
    help: 'comma-separated domains that must pass (default: the config’s, else all given)',
    parse: domainList,
  }),
  release: spec({
    name: 'release',
    value: '<name>',
    description: 'command aggregate: the release the evidence is for (recorded in the report).',
    help: 'release the evidence is for (recorded in the report)',
    parse: text,
  }),
  inputs: spec({
    name: 'inputs',
    flag: 'input',
    short: '-i',
    value: '<key=value>',
    list: true,
    description:
      'Values for ${{ inputs.NAME }} in the config, one `key=value` per line, e.g.\n  target-url=https://staging.example.com\n',
    help: 'value for ${{ inputs.key }} (repeatable)',
    parse: keyValues,
  }),
  base: spec({
    name: 'base',
    value: '<ref>',
    description:
      "Base revision the diff checks (secrets, dependencies, migrations, routes) compare with. Default: the pull request's base (from the merge base), else the last promoted run of the profile in history, else `defaults.base` of the config. Shallow clones are deepened as needed; when that is impossible the checks error and ask for `fetch-depth: 0`.",
    help: 'base revision diff checks compare with (default: the pull request base, the last promoted run, defaults.base)',
    parse: text,
  }),
  head: spec({
    name: 'head',
    value: '<ref>',
    description: "Head revision of the change being promoted (default the pull request's head, else HEAD).",
    help: 'head revision of the change being promoted (default: the pull request head, HEAD)',
    parse: text,
  }),
  configSource: spec({
    name: 'config-source',
    value: '<base|head>',
    description:
      "Which revision's config judges the run: `base` (the default on pull_request and merge_group events: the config as the base of the change has it, so a pull request cannot weaken its own gate; the head's config is still validated and compared by the `integrity` check) or `head` (the default elsewhere: the checked-out config).",
    help: 'revision whose config judges: base (default on pull requests) or head (default elsewhere)',
    parse: (raw, where) => {
      const v = single(raw);
      return v === '' ? undefined : choice(['base', 'head'] as const, 'head')(v, where);
    },
  }),
  failOn: spec({
    name: 'fail-on',
    value: '<when>',
    description:
      '`hold` (default): the step fails when the verdict is hold. `never`: it always succeeds; read the `verdict` output.',
    help: 'exit non-zero on hold, or never (hold|never)',
    default: 'hold',
    parse: choice(['hold', 'never'] as const, 'hold'),
  }),
  outputDir: spec({
    name: 'output-dir',
    flag: 'out',
    short: '-o',
    value: '<dir>',
    description: 'Where the report and evidence bundle are written (default .promotion-gate/<profile>).',
    help: 'output directory (default .promotion-gate/<profile>)',
    parse: text,
  }),
  history: spec({
    name: 'history',
    value: '<store>',
    description:
      'Where runs are remembered, for the hotfix ratchet, benchmark drift and trends:\n`off` (default); `artifacts` (one artifact per run, needs `permissions: actions: read`);\n`git` or `git:<branch>` (a branch of the repository, needs `contents: write` and a checkout\nthat kept its credentials); `dir:<path>` (a directory, e.g. restored by actions/cache).\n',
    help: 'where runs are remembered: dir[:PATH] (.promotion-gate/.history), git[:BRANCH[@REMOTE]], artifacts[:NAME] or off',
    default: 'off',
    parse: (raw) => single(raw) || 'off',
  }),
  every: spec({
    name: 'every',
    value: '<duration>',
    description:
      'command watch, CLI: run the gate again after this long (e.g. 15m), until `times` runs or SIGTERM. In a workflow, schedule it (`on: schedule`) instead.',
    help: 'run again after this long (e.g. 15m), until --times runs or Ctrl-C/SIGTERM',
    parse: (raw, where) => {
      if (single(raw) === '') return undefined;
      const ms = durationMs(0)(raw, where);
      // A timer holds at most 2^31 ms: a longer wait would fire at once and loop without pause.
      if (ms > MAX_TIMER_MS) throw new UsageError(`${where}: at most 24h, got "${single(raw)}"`);
      return ms;
    },
  }),
  times: spec({
    name: 'times',
    value: '<n>',
    description: 'command watch, CLI: runs at most, with `every` (default: until stopped).',
    help: 'runs at most (with --every)',
    parse: wholeNumber(1, 1_000_000, undefined),
  }),
  incidents: spec({
    name: 'incidents',
    description:
      'command watch: `true` (default) opens an issue (label `promotion-gate`) when the profile turns to hold, comments on it, and closes it when the profile promotes again; it also keeps the "hotfix required" issue. command monitor: an issue when the environment degrades (unless its reaction is none), commented on by later degraded windows and closed by the next healthy one. Needs `permissions: issues: write`; without it they are skipped with a notice.',
    help: 'incident and hotfix issues on GitHub (token from GITHUB_TOKEN or GH_TOKEN)',
    default: 'true',
    parse: bool(true),
  }),
  notify: spec({
    name: 'notify',
    description:
      "command watch and monitor: `true` (default) calls the webhooks of the config's `notify:` section for the events they name; `false` calls none.",
    help: 'call the webhooks of the config’s notify: section',
    default: 'true',
    parse: bool(true),
  }),
  token: spec({
    name: 'token',
    flag: false,
    actionOnly: true,
    description:
      'Token for the check run and the PR comment. A read-only token (fork pull requests, Dependabot) skips them with one notice; the summary, outputs and artifact are still written.',
    default: '${{ github.token }}',
    parse: (raw) => single(raw),
  }),
  checkRun: spec({
    name: 'check-run',
    description:
      '`true` (default): a check run, created in progress when the gate starts and completed with the verdict and line annotations. `false`: none.',
    default: 'true',
    parse: bool(true),
  }),
  checkRunName: spec({
    name: 'check-run-name',
    value: '<name>',
    description:
      'Name of the check run (default `promotion-gate (<profile>)`); make it unique when one workflow gates a profile twice.',
    help: 'check run name (default "promotion-gate (<profile>)")',
    parse: (raw) => single(raw).slice(0, 200) || undefined,
  }),
  checkRunConclusions: spec({
    name: 'check-run-conclusions',
    flag: 'conclusion',
    value: '<outcome=conclusion>',
    list: true,
    description:
      'Check run conclusion per outcome, one `outcome=conclusion` per line, over the defaults\n  auto-promote=success\n  promote-with-hotfix=neutral\n  hold=failure\nConclusions: success, neutral, failure, action_required, skipped.\n',
    help: 'check run conclusion per outcome, e.g. promote-with-hotfix=success (repeatable)',
    parse: conclusions,
  }),
  comment: spec({
    name: 'comment',
    value: '<mode>',
    description:
      'Sticky PR comment, one per profile: `update` (default; edited in place), `minimize` or `delete` (the old one, then a new one is posted), `off`.',
    help: 'sticky comment: update, minimize, delete or off',
    default: 'update',
    parse: (raw, where) => {
      const v = single(raw);
      return commentChoice(v === 'false' ? 'off' : v === 'true' ? 'update' : v, where);
    },
  }),
  commentWhen: spec({
    name: 'comment-when',
    value: '<when>',
    description:
      '`always` (default), or `hold-or-change`: post only when the verdict is hold or differs from the last comment (an existing comment is still kept current).',
    help: 'when to post the comment: always or hold-or-change',
    default: 'always',
    parse: choice(COMMENT_WHEN, 'always'),
  }),
  commentAuthor: spec({
    name: 'comment-author',
    value: '<login>',
    description:
      "Login the token writes as, to find the sticky comment (default the token's own user, or github-actions[bot]). Set it for a GitHub App token, e.g. my-app[bot].",
    help: 'login the token writes as (default: its user, or github-actions[bot])',
    parse: text,
  }),
  prNumber: spec({
    name: 'pr-number',
    flag: 'pr',
    value: '<number>',
    description: 'Pull request to comment on when the event is not a pull request (e.g. workflow_dispatch).',
    help: 'pull request to comment on (default: the event’s, or the workflow_run’s found by its head branch)',
    parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
  }),
  artifact: spec({
    name: 'artifact',
    flag: false,
    actionOnly: true,
    description:
      '`true` (default): upload the evidence bundle as an artifact named `promotion-gate-<profile>-attempt-<n>`.',
    default: 'true',
    parse: bool(true),
  }),
  artifactName: spec({
    name: 'artifact-name',
    flag: 'artifact',
    value: '<name>',
    description:
      'Artifact name instead of `promotion-gate-<profile>-attempt-<n>` (names are unique per workflow run); with command publish, only this artifact of the run.',
    help: 'only this artifact of the run',
    parse: text,
  }),
  retentionDays: spec({
    name: 'retention-days',
    flag: false,
    actionOnly: true,
    description: "Days to keep the artifact (default the repository's setting).",
    parse: wholeNumber(1, 400, undefined),
  }),
  runId: spec({
    name: 'run-id',
    value: '<id>',
    description:
      'command publish: the workflow run whose evidence artifacts to publish (default: the run of a workflow_run event).',
    help: 'publish the evidence artifacts of this workflow run (default: the workflow_run event’s run)',
    parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
  }),
  reportDir: spec({
    name: 'report-dir',
    flag: false,
    actionOnly: true,
    description: "command publish: a report directory to publish instead of a run's artifacts.",
    parse: text,
  }),
  maxAnnotations: spec({
    name: 'max-annotations',
    value: '<n>',
    description:
      'Findings annotated at most (each 50 are one request, paced at one a second); the rest are counted in the check run.',
    help: 'annotations at most (50 per request, one request a second)',
    default: '500',
    parse: wholeNumber(0, 10_000, 500),
  }),
  apiTimeout: spec({
    name: 'api-timeout',
    value: '<duration>',
    description: 'Time to wait for one GitHub API request before it is retried or given up.',
    help: 'per GitHub API request',
    default: '30s',
    parse: durationMs(30_000),
  }),
  apiRetries: spec({
    name: 'api-retries',
    value: '<n>',
    description: 'Retries of a GitHub API request that failed with 5xx, a timeout or a rate limit (0–10).',
    help: 'retries of a failed GitHub API request (0–10)',
    default: '3',
    parse: wholeNumber(0, 10, 3),
  }),
} as const;

export type OptionName = keyof typeof OPTIONS;
export type OptionValue<K extends OptionName> = ReturnType<(typeof OPTIONS)[K]['parse']>;

/** The CLI flag of an option, for messages and for commander. */
export function flagOf(s: OptionSpec): string | undefined {
  return s.flag === false ? undefined : `--${s.flag ?? s.name}`;
}
