import { describe, expect, it } from 'vitest';
import { decisionPolicy } from '../../src/config/plan.js';
import type { CheckResult, Enforcement, OnError, Waiver } from '../../src/core/types.js';
import { evaluate, type PreviousRun, roundHalfEven, weightedScore } from '../../src/decision/evaluate.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const policy = decisionPolicy({});

function r(
  id: string,
  status: CheckResult['status'],
  opts: { score?: number; enforcement?: Enforcement; category?: string; onError?: OnError } = {},
): CheckResult {
  const defaults = { pass: 5, warn: 4, fail: 1, error: 1, skipped: 5 };
  const onError = opts.onError ?? 'fail';
  return {
    id,
    type: 'test',
    category: opts.category ?? 'safety',
    enforcement: opts.enforcement ?? 'scored',
    onError,
    status,
    score: opts.score ?? (status === 'error' ? { fail: 1, warn: 4, pass: 5 }[onError] : defaults[status]),
    summary: `${id} is ${status}`,
    durationMs: 1,
    findings: [],
    metrics: {},
    evidence: [],
    ...(status === 'error' ? { error: 'connection refused' } : {}),
  };
}

describe('weighted score', () => {
  it.each([
    [5, 0.6, 5],
    [4, 1.0, 4],
    [3, 0.8, 3.4],
    [3, 0.6, 3.8],
    [1, 0.6, 2.6],
    [1, 1.0, 1],
    [2, 1.0, 2],
    [2, 1.5, 2], // floored at 2
    [1, 1.5, 1], // raw 1 is not floored
  ])('raw %d × weight %d → %d', (raw, weight, effective) => {
    expect(weightedScore(raw, weight)).toBe(effective);
  });

  it('rounds halves to even', () => {
    expect([0.5, 1.5, 2.5, 3.5, 4.5, 3.4, 3.6].map(roundHalfEven)).toEqual([0, 2, 2, 4, 4, 3, 4]);
  });
});

describe('evaluate', () => {
  type Case = {
    name: string;
    results: CheckResult[];
    verdict: 'promote' | 'hold';
    score: number;
    action: string;
    level: string;
    blockers?: string[];
    categories?: Record<string, number>;
    holdLine?: number;
    waivers?: Waiver[];
    previous?: PreviousRun;
  };
  const cases: Case[] = [
    {
      name: 'all pass → auto-promote',
      results: [r('a', 'pass'), r('b', 'pass', { category: 'data' })],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'a hard failure holds, and shows in the score and the level',
      results: [r('secrets', 'fail', { enforcement: 'hard' }), r('tests', 'pass')],
      verdict: 'hold',
      score: 1,
      action: 'hold',
      level: 'blocked',
      blockers: ['secrets.failed'],
    },
    {
      name: 'a hard failure in a light category still caps the score at the hold line',
      results: [r('auth', 'fail', { enforcement: 'hard', category: 'design' }), r('tests', 'pass')],
      verdict: 'hold',
      score: 2,
      action: 'hold',
      level: 'blocked',
      blockers: ['auth.failed'],
    },
    {
      name: 'raw 1 in a full-weight category drags the score to 1',
      results: [r('health', 'fail', { category: 'data', score: 1 }), r('tests', 'pass')],
      verdict: 'hold',
      score: 1,
      action: 'hold',
      level: 'release_candidate',
      blockers: ['score.at_or_below_hold_line'],
    },
    {
      name: 'raw 1 in design (0.6) only lowers to 3 → promote with hotfix',
      results: [r('lint', 'fail', { category: 'design', score: 1 })],
      verdict: 'promote',
      score: 3,
      action: 'promote-with-hotfix',
      level: 'ga_ready',
    },
    {
      name: 'raw 3 in ops (0.8) → 3.4 → 3',
      results: [r('perf', 'fail', { category: 'ops', score: 3 })],
      verdict: 'promote',
      score: 3,
      action: 'promote-with-hotfix',
      level: 'ga_ready',
    },
    {
      name: 'raw 3 in design (0.6) → 3.8 → 4 auto-promote',
      results: [r('lint', 'fail', { category: 'design', score: 3 })],
      verdict: 'promote',
      score: 4,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'floor at 2 with an over-weighted category',
      results: [r('x', 'fail', { category: 'heavy', score: 2 })],
      categories: { heavy: 1.5 },
      verdict: 'hold',
      score: 2,
      action: 'hold',
      level: 'release_candidate',
      blockers: ['score.at_or_below_hold_line'],
    },
    {
      name: 'minimum across categories is the score',
      results: [
        r('a', 'warn', { category: 'data', score: 4 }),
        r('b', 'fail', { category: 'ops', score: 2 }),
      ],
      verdict: 'promote',
      score: 3,
      action: 'promote-with-hotfix',
      level: 'ga_ready',
    },
    {
      name: 'hold line is configurable',
      results: [r('a', 'fail', { category: 'data', score: 3 })],
      holdLine: 3,
      verdict: 'hold',
      score: 3,
      action: 'hold',
      level: 'release_candidate',
    },
    {
      name: 'required failure holds, at the hold line at best',
      results: [r('tests', 'fail', { enforcement: 'required', score: 3 })],
      verdict: 'hold',
      score: 2,
      action: 'hold',
      level: 'blocked',
      blockers: ['tests.failed'],
    },
    {
      name: 'a waived required failure promotes and does not count in the score',
      results: [r('tests', 'fail', { enforcement: 'required' }), r('b', 'pass')],
      waivers: [{ check: 'tests', reason: 'flaky, ticket 12', expires: '2026-12-01', by: 'alice' }],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'an expired waiver is ignored',
      results: [r('tests', 'fail', { enforcement: 'required' })],
      waivers: [{ check: 'tests', reason: 'flaky', expires: '2026-11-21', by: 'alice' }],
      verdict: 'hold',
      score: 1,
      action: 'hold',
      level: 'blocked',
    },
    {
      name: 'a waiver is good through its expiry day',
      results: [r('tests', 'fail', { enforcement: 'required' })],
      waivers: [{ check: 'tests', reason: 'flaky', expires: '2026-11-22', by: 'alice' }],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'advisory failures never hold',
      results: [r('a', 'fail', { enforcement: 'advisory' })],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'dry-run failures are not counted',
      results: [r('a', 'fail', { enforcement: 'dry-run' }), r('b', 'error', { enforcement: 'dry-run' })],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'an error counts as a failure by default (fail closed)',
      results: [r('health', 'error', { enforcement: 'required' })],
      verdict: 'hold',
      score: 1,
      action: 'hold',
      level: 'blocked',
      blockers: ['health.error'],
    },
    {
      name: 'onError: warn counts an error as a warning (the level still says it did not run)',
      results: [
        r('health', 'error', { enforcement: 'required', onError: 'warn' }),
        ...['a', 'b', 'c', 'd'].map((id) => r(id, 'pass', { enforcement: 'required' })),
      ],
      verdict: 'promote',
      score: 4,
      action: 'auto-promote',
      level: 'release_candidate',
    },
    {
      name: 'onError: pass counts an error as a pass (the level still says it did not run)',
      results: [
        r('health', 'error', { onError: 'pass' }),
        ...['a', 'b', 'c', 'd'].map((id) => r(id, 'pass')),
      ],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'release_candidate',
    },
    {
      name: 'skipped checks are ignored',
      results: [r('off', 'skipped', { enforcement: 'off' })],
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
    },
    {
      name: 'ratchet: the same check needs a hotfix twice → hold',
      results: [r('smoke', 'fail', { category: 'data', score: 3 })],
      previous: { action: 'promote-with-hotfix', hotfixChecks: ['smoke'] },
      verdict: 'hold',
      score: 3,
      action: 'hold',
      level: 'release_candidate',
      blockers: ['hotfix_ratchet'],
    },
    {
      name: 'ratchet resets when different checks fail',
      results: [r('perf', 'fail', { category: 'data', score: 3 })],
      previous: { action: 'promote-with-hotfix', hotfixChecks: ['smoke'] },
      verdict: 'promote',
      score: 3,
      action: 'promote-with-hotfix',
      level: 'ga_ready',
    },
    {
      name: 'ratchet only follows a promote-with-hotfix',
      results: [r('smoke', 'fail', { category: 'data', score: 3 })],
      previous: { action: 'auto-promote', hotfixChecks: ['smoke'] },
      verdict: 'promote',
      score: 3,
      action: 'promote-with-hotfix',
      level: 'ga_ready',
    },
  ];

  it.each(cases)('$name', (c) => {
    const d = evaluate({
      results: c.results,
      policy: {
        ...policy,
        categories: { ...policy.categories, ...c.categories },
        holdLine: c.holdLine ?? policy.holdLine,
      },
      waivers: c.waivers ?? [],
      now: NOW,
      previous: c.previous,
    });
    expect({ verdict: d.verdict, score: d.score, action: d.action, level: d.level }).toEqual({
      verdict: c.verdict,
      score: c.score,
      action: c.action,
      level: c.level,
    });
    if (c.blockers) expect(d.blockers).toEqual(c.blockers);
    expect(d.verdict === 'hold').toBe(d.reasons.some((x) => x.blocking));
  });

  it('level follows the share of required checks that passed', () => {
    const gating = (failed: number) =>
      Array.from({ length: 5 }, (_, i) =>
        r(`g${i}`, i < failed ? 'fail' : 'pass', { enforcement: 'required' }),
      );
    const at = (failed: number) => evaluate({ results: gating(failed), policy, waivers: [], now: NOW });
    expect(at(0)).toMatchObject({ level: 'ga_ready', levelReasons: [] });
    expect(at(1)).toMatchObject({ level: 'release_candidate', gatingPassedPercent: 80 });
    expect(at(1).levelReasons).toEqual([
      'g0 (required) failed; 4 of 5 hard and required checks passed (80%, release candidate at ≥ 80%)',
    ]);
    expect(at(2)).toMatchObject({ level: 'blocked', gatingPassedPercent: 60 });
  });

  it('a hard failure is never a release candidate, however many checks passed', () => {
    const d = evaluate({
      results: [
        r('auth', 'fail', { enforcement: 'hard' }),
        ...Array.from({ length: 9 }, (_, i) => r(`req${i}`, 'pass', { enforcement: 'required' })),
      ],
      policy,
      waivers: [],
      now: NOW,
    });
    expect(d).toMatchObject({ verdict: 'hold', level: 'blocked', gatingPassedPercent: 90 });
    expect(d.levelReasons).toEqual(['auth (hard) failed']);
  });

  it('every reason names the check, what was observed and the threshold', () => {
    const d = evaluate({
      results: [
        r('auth', 'fail', { enforcement: 'hard' }),
        r('perf', 'fail', { category: 'ops', score: 2 }),
        r('lint', 'warn', { enforcement: 'advisory' }),
      ],
      policy,
      waivers: [{ check: 'perf', reason: 'old', expires: '2020-01-01', by: 'bob' }],
      now: NOW,
    });
    for (const reason of d.reasons) {
      expect(reason.check).toBeTruthy();
      expect(reason.observed).toBeTruthy();
      expect(reason.threshold).toBeTruthy();
    }
    expect(d.reasons.map((x) => x.kind).sort()).toEqual([
      'advisory',
      'check-failed',
      'scored',
      'waiver-expired',
    ]);
    expect(d.reasons[0]!.blocking).toBe(true);
  });

  it('lists the checks that need a hotfix on promote-with-hotfix', () => {
    const d = evaluate({
      results: [
        r('smoke', 'fail', { category: 'data', score: 3 }),
        r('perf', 'warn', { category: 'ops', score: 4 }),
      ],
      policy,
      waivers: [],
      now: NOW,
    });
    expect(d.action).toBe('promote-with-hotfix');
    expect(d.hotfixChecks).toEqual(['smoke']);
  });
});

describe('the decision says the truth at a glance', () => {
  const decide = (results: CheckResult[]) => evaluate({ results, policy, waivers: [], now: NOW });

  it('an auth bypass (hard) shows in the score, the level and the category it limits', () => {
    const d = decide([
      r('required-files', 'pass', { enforcement: 'required', category: 'safety' }),
      r('unit-tests', 'pass', { enforcement: 'required', category: 'safety' }),
      r('health', 'pass', { enforcement: 'required', category: 'data' }),
      r('smoke', 'pass', { enforcement: 'required', category: 'data' }),
      r('migrations', 'pass', { enforcement: 'required', category: 'data' }),
      r('auth', 'fail', { enforcement: 'hard', category: 'safety' }),
    ]);
    expect(d).toMatchObject({ verdict: 'hold', score: 1, action: 'hold', level: 'blocked' });
    expect(d.categories).toEqual([
      { name: 'safety', weight: 1, rawMin: 1, effective: 1, limitingCheck: 'auth' },
      // Nothing limits a category where every check scored 5.
      { name: 'data', weight: 1, rawMin: 5, effective: 5 },
    ]);
  });

  it('caps the score at the hold line while a hard or required check fails, and says so', () => {
    const d = decide([
      r('auth', 'fail', { enforcement: 'hard', category: 'design' }),
      r('tests', 'pass', { enforcement: 'required' }),
    ]);
    expect(d).toMatchObject({ score: 2, uncappedScore: 3, verdict: 'hold' });
    const capped = d.reasons.find((x) => x.kind === 'score-capped')!;
    expect(capped).toMatchObject({ check: 'auth', blocking: false });
    expect(capped.message).toBe(
      'score 2/5: capped at the hold line because auth (hard) failed (3/5 without the cap)',
    );
    // The failure holds; the score being low because of it is not a second blocker.
    expect(d.blockers).toEqual(['auth.failed']);
  });

  it('a category at the hold line below a failing check is named as the category, not as the score', () => {
    // The required health check holds and sets the score (data: 1); performance could not run and
    // leaves ops at 1.8 → 2, itself at the hold line. The gate's score is 1: the reason about ops
    // must not read as if it were 2.
    const d = decide([
      r('health', 'error', { enforcement: 'required', category: 'data' }),
      r('performance', 'error', { category: 'ops' }),
      r('tests', 'pass', { enforcement: 'required' }),
    ]);
    expect(d).toMatchObject({ score: 1, verdict: 'hold' });
    const hold = d.reasons.find((x) => x.kind === 'score-hold')!;
    expect(hold).toMatchObject({ check: 'performance', observed: 'category ops 2/5', blocking: true });
    expect(hold.message).toBe(
      'category ops scores 2/5, at or below the hold line 2: limited by performance (raw 1 × weight 0.8 → 1.8)',
    );
    // Where the category sets the score, the reason is the score's, as always.
    const alone = decide([r('performance', 'error', { category: 'ops' }), r('tests', 'pass')]);
    expect(alone.score).toBe(2);
    expect(alone.reasons.find((x) => x.kind === 'score-hold')!.message).toBe(
      'score 2/5 is at or below the hold line 2: category ops is limited by performance (raw 1 × weight 0.8 → 1.8)',
    );
  });

  it('a failing required check never leaves the score above the hold line', () => {
    const d = decide([r('tests', 'fail', { enforcement: 'required', score: 4, category: 'safety' })]);
    expect(d).toMatchObject({ score: 2, uncappedScore: 4, verdict: 'hold', action: 'hold' });
  });

  it('checks that could not run lower the level even when none is required', () => {
    const d = decide([
      r('ok', 'pass', { category: 'data' }),
      ...Array.from({ length: 6 }, (_, i) => r(`probe${i}`, 'error', { category: 'ops' })),
    ]);
    expect(d.level).toBe('blocked');
    expect(d.notRun).toEqual(['probe0', 'probe1', 'probe2', 'probe3', 'probe4', 'probe5']);
    expect(d.levelReasons).toEqual([
      '6 of 7 checks that count could not run (probe0, probe1, probe2, probe3, probe4, probe5)',
    ]);
  });

  it('a check that could not run is named even when onError counts it as a pass', () => {
    const d = decide([
      r('health', 'error', { enforcement: 'required', onError: 'pass' }),
      ...['a', 'b', 'c', 'd', 'e'].map((id) => r(id, 'pass', { enforcement: 'required' })),
    ]);
    expect(d).toMatchObject({ verdict: 'promote', score: 5, level: 'release_candidate', notRun: ['health'] });
    expect(d.levelReasons).toEqual(['1 of 6 checks that count could not run (health)']);
    expect(d.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'check-error',
        blocking: false,
        message: 'health (required) could not run (counted as pass): connection refused',
      }),
    );
  });

  it('says "could not run" once, with what the error counts as', () => {
    const failed = { ...r('health', 'error', { enforcement: 'required' }) };
    failed.summary = 'could not run: connection refused';
    const d = decide([failed, r('lint', 'error', { category: 'design' })]);
    const messages = d.reasons.map((x) => x.message);
    expect(messages).toContain('health (required) could not run (counted as fail): connection refused');
    expect(messages).toContain('lint (scored) could not run (counted as fail, 1/5): connection refused');
    for (const m of messages) expect(m.match(/could not run/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('names the check that limits a category: the lowest, and of equals the one that failed', () => {
    const d = decide([
      r('slow', 'warn', { score: 3, category: 'ops' }),
      r('broken', 'fail', { score: 3, category: 'ops' }),
    ]);
    expect(d.categories[0]).toMatchObject({ name: 'ops', rawMin: 3, limitingCheck: 'broken' });
  });

  it('a required check that warns is named when it lowers the score', () => {
    const d = decide([r('tests', 'warn', { enforcement: 'required', score: 3 })]);
    expect(d).toMatchObject({ verdict: 'promote', score: 3, action: 'promote-with-hotfix' });
    expect(d.hotfixChecks).toEqual(['tests']);
    expect(d.reasons.map((x) => x.message)).toContain('tests scored 3/5 (safety × 1 → 3): tests is warn');
  });
});

describe('category weights are looked up as data', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'a category named %s without a weight weighs 1',
    (name) => {
      // A plain object, as any caller may build: its inherited members are no weights.
      const d = evaluate({
        results: [r('a', 'fail', { score: 3, category: name })],
        policy: { ...policy, categories: { safety: 1 } },
        waivers: [],
        now: NOW,
      });
      expect(d.categories).toEqual([{ name, weight: 1, rawMin: 3, effective: 3, limitingCheck: 'a' }]);
      expect(d).toMatchObject({ score: 3, verdict: 'promote', action: 'promote-with-hotfix' });
    },
  );

  it('a category the config names constructor uses its own weight', () => {
    const d = evaluate({
      results: [r('a', 'fail', { score: 3, category: 'constructor' })],
      policy: decisionPolicy({ categories: { constructor: 0.5 } }),
      waivers: [],
      now: NOW,
    });
    expect(d.categories[0]).toMatchObject({ name: 'constructor', weight: 0.5, effective: 4 });
  });
});
