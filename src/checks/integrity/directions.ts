import { parseDuration } from '../../core/duration.js';
import { ENFORCEMENTS, ON_ERROR } from '../../core/types.js';
import { parseCriterion } from '../metrics/criteria.js';

/**
 * Which way is looser, field by field. A changed field that is in this table is a weakening or a
 * tightening; one that is not is listed as "changed, direction unknown". Adding a field of a
 * check type here is one line.
 *
 * Patterns are dotted key paths inside a check (prefixed by its type, or `*` for every type),
 * inside a profile's decision (`decision:`), or among the top-level settings (`top:`). `*`
 * matches one key (a metric name, a variable), `[]` an item of a list.
 */
export type Direction =
  /** A number or duration where more lets more through (a latency budget, a maximum age). */
  | { kind: 'higher-looser' }
  /** A number where less lets more through (a minimum coverage, a category weight). */
  | { kind: 'lower-looser' }
  /** A criterion such as `>= 0.55`: a lower minimum or a higher maximum is looser. */
  | { kind: 'criterion' }
  /** A list whose items let things through (allowed statuses, allowlists): more is looser. */
  | { kind: 'more-looser' }
  /** A list whose items are requirements (routes that must answer, denied packages): fewer is looser. */
  | { kind: 'fewer-looser' }
  /** A mapping whose keys are requirements (thresholds per metric): a key removed is looser. */
  | { kind: 'keys-fewer-looser' }
  /** A switch that protects when on. */
  | { kind: 'false-looser' }
  /** A switch that lets more through when on. */
  | { kind: 'true-looser' }
  /** A setting that is on unless it is `false` (benchmark drift): turning it off is looser. */
  | { kind: 'false-turns-off' }
  /** Values from strictest to loosest. */
  | { kind: 'order'; values: readonly string[] }
  /**
   * What a check runs (a command line): any change can make it pass whatever happens
   * (`|| true`), so every change is looser. Every field a check type runs as shell has it.
   */
  | { kind: 'any-change' }
  /** Never matters (a display name); `covered` when another field already says it. */
  | { kind: 'neutral' };

const higher = { kind: 'higher-looser' } as const;
const lower = { kind: 'lower-looser' } as const;
const criterion = { kind: 'criterion' } as const;
const more = { kind: 'more-looser' } as const;
const fewer = { kind: 'fewer-looser' } as const;
const keysFewer = { kind: 'keys-fewer-looser' } as const;
const needsTrue = { kind: 'false-looser' } as const;
const allowsWhenTrue = { kind: 'true-looser' } as const;
const neutral = { kind: 'neutral' } as const;
const runs = { kind: 'any-change' } as const;
const order = (values: readonly string[]): Direction => ({ kind: 'order', values });

const expectRules = (prefix: string): [string, Direction][] => [
  [`${prefix}.status`, more],
  [`${prefix}.contains`, fewer],
  [`${prefix}.notContains`, fewer],
  [`${prefix}.json`, keysFewer],
  [`${prefix}.headers`, keysFewer],
  [`${prefix}.assert`, fewer],
  [`${prefix}.maxLatency`, higher],
  [`${prefix}.warnLatency`, higher],
];

const budgetRules = (prefix: string): [string, Direction][] => [
  [`${prefix}.p50`, higher],
  [`${prefix}.p95`, higher],
  [`${prefix}.max`, higher],
];

export const DIRECTIONS: readonly [string, Direction][] = [
  // Every check.
  ['*:enforcement', order(ENFORCEMENTS)],
  ['*:onError', order(ON_ERROR)],
  ['*:title', neutral],
  ['*:allowOutsideWorkspace', allowsWhenTrue],
  // files, env, git
  ['files:paths', fewer],
  ['files:nonEmpty', needsTrue],
  ['files:forbidden', fewer],
  ['env:vars', keysFewer],
  ['env:vars.*.required', needsTrue],
  ['env:vars.*.values', more],
  ['env:vars.*.notIn', fewer],
  ['env:vars.*.minLength', lower],
  ['env:vars.*.secret', needsTrue],
  ['git:clean', needsTrue],
  ['git:allowDirty', more],
  ['git:untracked', needsTrue],
  ['git:branch', more],
  // command
  ['command:run', runs],
  ['command:exitCode', more],
  ['command:junit', fewer],
  ['command:allowNoTests', allowsWhenTrue],
  ['command:coverage.min', lower],
  ['command:repeat.times', lower],
  ['command:repeat.ignore', more],
  ['command:maxOutput', neutral],
  // web
  ...expectRules('http:expect'),
  ...expectRules('http:requests.[].expect'),
  ['http:requests', fewer],
  ['http:retries', higher],
  ['auth:routes', fewer],
  ['auth:allowStatus', more],
  ['auth:retries', higher],
  ['performance:pages', fewer],
  ...budgetRules('performance:budgets'),
  ...budgetRules('performance:pages.[].budgets'),
  ['freshness:maxAge', higher],
  ['freshness:counters', keysFewer],
  ['freshness:counters.*.min', lower],
  ['freshness:counters.*.level', order(['fail', 'warn'])],
  ['evidence:maxAge', higher],
  ['evidence:assert', fewer],
  ['evidence:allowNoTests', allowsWhenTrue],
  // metrics
  ['benchmark:run', runs],
  ['benchmark:mode', neutral], // the planned enforcement says what the mode means for the profile
  ['benchmark:thresholds', keysFewer],
  ['benchmark:drift', { kind: 'false-turns-off' }],
  ['benchmark:thresholds.*', criterion],
  ['benchmark:drift.minHistory', higher],
  ['benchmark:drift.maxDrop', keysFewer],
  ['benchmark:drift.maxDrop.*', higher],
  ['benchmark:drift.rules', keysFewer],
  ['benchmark:drift.rules.*', criterion],
  ['trend:run', runs],
  ['trend:warnAbove', higher],
  ['trend:failAbove', higher],
  ['trend:tolerance', higher],
  // diff checks
  ['secrets:exclude', more],
  ['secrets:allowPaths', more],
  ['secrets:allowPatterns', more],
  ['secrets:inlineMarkers', more],
  ['secrets:minEntropy', higher],
  ['secrets:disableRules', more],
  ['secrets:rules', fewer],
  ['dependencies:exclude', more],
  ['dependencies:deny', fewer],
  ['dependencies:maxNewDirect', higher],
  ['dependencies:requirePinned', needsTrue],
  ['dependencies:downgrades', order(['fail', 'warn', 'ignore'])],
  ['dependencies:installScripts', order(['fail', 'warn', 'ignore'])],
  ['dependencies:sources', order(['fail', 'warn', 'ignore'])],
  ['dependencies:majorUpgrades', order(['fail', 'warn', 'ignore'])],
  ['dependencies:allowSources', more],
  ['migrations:paths', fewer],
  ['migrations:exclude', more],
  ['migrations:ignore', more],
  ['routes:critical', fewer],
  ['routes:ignoreRemoved', more],
  // integrity itself (who may approve: a first named approver narrows "anyone", so no rank)
  ['integrity:allowAuthorApproval', allowsWhenTrue],
  ['integrity:files', fewer],
  ['integrity:unknown', order(['approve', 'notice'])],
  // the decision of a profile
  ['decision:categories.*', lower],
  ['decision:holdLine', lower],
  ['decision:autoPromoteAt', lower],
  ['decision:releaseCandidatePercent', lower],
  ['decision:ratchet', needsTrue],
  // top-level settings
  ['top:aggregate.required', fewer],
  ['top:aggregate.releaseCandidateAt', lower],
  ['top:aggregate.domains', keysFewer],
  ['top:aggregate.domains.*.assert', fewer],
  ['top:$schema', neutral],
];

/** `http:requests.[].expect.maxLatency` for a field at `requests.2.expect.maxLatency` of an http check. */
export function patternKey(scope: string, path: readonly (string | number)[]): string {
  return `${scope}:${path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}`;
}

function matches(pattern: string, key: string): boolean {
  const [ps, pp] = splitScope(pattern);
  const [ks, kp] = splitScope(key);
  if (ps !== '*' && ps !== ks) return false;
  if (pp.length !== kp.length) return false;
  return pp.every((seg, i) => seg === kp[i] || (seg === '*' && kp[i] !== '[]'));
}

function splitScope(key: string): [string, string[]] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1).split('.')];
}

/** The direction of a field, most specific pattern first (an exact key over a `*`). */
export function directionOf(scope: string, path: readonly (string | number)[]): Direction | undefined {
  const key = patternKey(scope, path);
  let best: { d: Direction; wild: number } | undefined;
  for (const [pattern, d] of DIRECTIONS) {
    if (!matches(pattern, key)) continue;
    const wild = (pattern.match(/\*/g) ?? []).length;
    if (!best || wild < best.wild) best = { d, wild };
  }
  return best?.d;
}

/** A number from a number, a duration (`2s`) or a numeric string; undefined when it is none. */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const d = parseDuration(v);
  if (d !== undefined) return d;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

export type Verdict = 'weaker' | 'stricter' | 'unknown' | 'same';

/** How a changed scalar moved; `undefined` on either side means the field is not set (no limit). */
export function judgeScalar(d: Direction, base: unknown, head: unknown): Verdict {
  switch (d.kind) {
    case 'neutral':
      return 'same';
    case 'any-change':
      return base === head ? 'same' : 'weaker';
    case 'higher-looser':
    case 'lower-looser': {
      // An unset maximum (or minimum) is no limit at all: the loosest value there is.
      const loose = d.kind === 'higher-looser' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      const b = base === undefined ? loose : numberOf(base);
      const h = head === undefined ? loose : numberOf(head);
      if (b === undefined || h === undefined) return 'unknown';
      if (b === h) return 'same';
      return (d.kind === 'higher-looser' ? h > b : h < b) ? 'weaker' : 'stricter';
    }
    case 'criterion':
      return judgeCriterion(base, head);
    case 'false-looser':
    case 'true-looser': {
      if (typeof base !== 'boolean' && base !== undefined) return 'unknown';
      if (typeof head !== 'boolean' && head !== undefined) return 'unknown';
      const loose = d.kind === 'true-looser';
      const b = base ?? false;
      const h = head ?? false;
      if (b === h) return 'same';
      return h === loose ? 'weaker' : 'stricter';
    }
    case 'order': {
      const b = base === undefined ? d.values.length : d.values.indexOf(String(base));
      const h = head === undefined ? d.values.length : d.values.indexOf(String(head));
      if (b < 0 || h < 0) return 'unknown';
      return b === h ? 'same' : h > b ? 'weaker' : 'stricter';
    }
    default:
      return 'unknown';
  }
}

/** `>= 0.55` → `>= 0.40` is looser; `<= 800` → `<= 900` is looser; a changed operator is unknown. */
function judgeCriterion(base: unknown, head: unknown): Verdict {
  if (head === undefined) return base === undefined ? 'same' : 'weaker';
  if (base === undefined) return 'stricter';
  let b, h;
  try {
    b = parseCriterion(base as string | number);
    h = parseCriterion(head as string | number);
  } catch {
    return 'unknown';
  }
  if (b.percent !== h.percent) return 'unknown';
  const lowerBound = (op: string) => op === '>=' || op === '>';
  const upperBound = (op: string) => op === '<=' || op === '<';
  if (lowerBound(b.op) && lowerBound(h.op)) {
    if (h.value !== b.value) return h.value < b.value ? 'weaker' : 'stricter';
    if (b.op === h.op) return 'same';
    return h.op === '>=' ? 'weaker' : 'stricter';
  }
  if (upperBound(b.op) && upperBound(h.op)) {
    if (h.value !== b.value) return h.value > b.value ? 'weaker' : 'stricter';
    if (b.op === h.op) return 'same';
    return h.op === '<=' ? 'weaker' : 'stricter';
  }
  return b.op === h.op && b.value === h.value ? 'same' : 'unknown';
}
