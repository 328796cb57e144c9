import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { decisionPolicy } from '../../src/config/plan.js';
import { ConfigError } from '../../src/core/errors.js';
import type { CheckResult, HotfixTracker } from '../../src/core/types.js';
import { evaluate } from '../../src/decision/evaluate.js';

/** The hotfix deadline, as the pure decision applies it: a tracker from history and the clock. */

const T0 = Date.parse('2026-03-01T10:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000);

function result(id: string, score: number, category = 'design'): CheckResult {
  return {
    id,
    type: 'test',
    category,
    enforcement: 'scored',
    onError: 'fail',
    status: score >= 5 ? 'pass' : 'fail',
    score,
    summary: `${id} scored ${score}`,
    durationMs: 1,
    findings: [],
    metrics: {},
    evidence: [],
  };
}

// One design check failing (weight 0.6): score 3, promote with a hotfix. Passing: score 5.
const degraded = [result('slow-page', 1), result('health', 5, 'safety')];
const healthy = [result('slow-page', 5), result('health', 5, 'safety')];
const openTracker: HotfixTracker = {
  state: 'open',
  openedAt: at(0).toISOString(),
  deadline: at(48).toISOString(),
  checks: ['slow-page'],
};

const decide = (
  results: CheckResult[],
  now: Date,
  hotfix?: HotfixTracker,
  settings: Parameters<typeof decisionPolicy>[0] = {},
) =>
  evaluate({
    results,
    policy: decisionPolicy({ ratchet: false, ...settings }),
    waivers: [],
    now,
    ...(hotfix ? { hotfix } : {}),
  });

describe('the hotfix deadline: the ratchet by time', () => {
  it('a promote-with-hotfix opens a tracker due 48 h later, named in a non-blocking reason', () => {
    const d = decide(degraded, at(0));
    expect(d).toMatchObject({ verdict: 'promote', action: 'promote-with-hotfix', score: 3 });
    expect(d.hotfix).toEqual({
      state: 'open',
      openedAt: at(0).toISOString(),
      deadline: at(48).toISOString(),
      checks: ['slow-page'],
    });
    expect(d.reasons.find((r) => r.kind === 'hotfix-due')).toMatchObject({
      blocking: false,
      check: 'slow-page',
      threshold: 'fixed by 2026-03-03 10:00 UTC',
    });
  });

  it('before the deadline the run promotes; after it, a run that still needs the hotfix holds', () => {
    expect(decide(degraded, at(47), openTracker)).toMatchObject({
      verdict: 'promote',
      action: 'promote-with-hotfix',
      hotfix: { state: 'open', deadline: at(48).toISOString() },
    });
    const late = decide(degraded, at(50), openTracker);
    expect(late).toMatchObject({
      verdict: 'hold',
      action: 'hold',
      blockers: ['hotfix_deadline'],
      hotfixChecks: ['slow-page'],
      hotfix: { state: 'open', openedAt: at(0).toISOString() },
    });
    expect(late.reasons[0]).toEqual({
      kind: 'hotfix-deadline',
      check: 'slow-page',
      observed: 'overdue by 2.0h (score 3/5)',
      threshold: 'fixed by 2026-03-03 10:00 UTC (due since 2026-03-01 10:00 UTC)',
      blocking: true,
      message:
        'hotfix deadline passed: slow-page needed a hotfix by 2026-03-03 10:00 UTC and still does (overdue by 2.0h); holding until a run scores 4/5 or more',
    });
  });

  it('a run that scores 4 or 5 closes the tracker, even past the deadline', () => {
    const d = decide(healthy, at(60), openTracker);
    expect(d).toMatchObject({ verdict: 'promote', action: 'auto-promote', blockers: [] });
    expect(d.hotfix).toEqual({ ...openTracker, state: 'closed', closedAt: at(60).toISOString() });
    expect(d.reasons.find((r) => r.kind === 'hotfix-closed')?.blocking).toBe(false);
  });

  it('a run that holds anyway opens no tracker; one already open stays open', () => {
    const failing = [result('slow-page', 1), result('health', 1, 'safety')];
    expect(decide(failing, at(0)).hotfix).toBeUndefined();
    expect(decide(failing, at(1), openTracker).hotfix).toMatchObject({ state: 'open' });
  });

  it('decision.hotfixDeadline sets the time, or turns the hold off (the tracker is still kept)', () => {
    const { config } = parseConfig(
      'pg.yml',
      'version: 1\ndecision: { hotfixDeadline: 24h }\nprofiles:\n  prod: { decision: { hotfixDeadline: "off" } }\nchecks: {}\n',
    );
    const day = decide(degraded, at(0), undefined, config.decision);
    expect(day.hotfix?.deadline).toBe(at(24).toISOString());
    const off = decide(degraded, at(500), openTracker, config.profiles.prod!.decision);
    expect(off).toMatchObject({ verdict: 'promote', hotfix: { state: 'open' } });
    expect(off.reasons.find((r) => r.kind === 'hotfix-due')?.message).toContain('no deadline');
  });

  it('a tracker recorded without a deadline gets the configured one from its opening', () => {
    const legacy: HotfixTracker = { state: 'open', openedAt: at(0).toISOString(), checks: ['slow-page'] };
    expect(decide(degraded, at(49), legacy)).toMatchObject({
      verdict: 'hold',
      hotfix: { deadline: at(48).toISOString() },
    });
  });

  it('a bad hotfixDeadline is a config error at its line', () => {
    const bad = (value: string) => () =>
      parseConfig('pg.yml', `version: 1\ndecision:\n  hotfixDeadline: ${value}\nprofiles: {}\nchecks: {}\n`);
    expect(bad('48')).toThrow(ConfigError);
    expect(bad('48')).toThrow('pg.yml:3:19: decision.hotfixDeadline: 48 has no unit; write 48h');
    expect(bad('soon')).toThrow('expected a duration');
    expect(bad("'${{ env.X }}'")).toThrow('decision settings take no ${{ }} expressions');
  });
});
