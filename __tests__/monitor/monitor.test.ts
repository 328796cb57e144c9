import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { closeAllServers } from '../helpers/servers.js';
import { project } from './fixture.js';

afterEach(closeAllServers);

const OUT = '.promotion-gate/.monitor';

describe('monitor: one round of probes per tick, classified after every tick', () => {
  it('healthy: exit 0, every tick in the report and the series, a sealed bundle with a timeline', async () => {
    const p = await project();
    const r = await p.cli(['monitor', '--environment', 'prod']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HEALTHY prod: no rule met in the 3.00s window');

    const rep = await p.report();
    expect(rep).toMatchObject({
      schemaVersion: 1,
      kind: 'monitor',
      environment: 'prod',
      deployment: p.head,
      commit: p.head,
      outcome: 'healthy',
      status: 'passed',
      actionTaken: 'none',
      probes: ['health', 'pages'],
      rules: { consecutiveFailures: 2, errorRatio: 0.5, minRequests: 4 },
      window: { windowMs: 3000, intervalMs: 250, resumed: false, recorded: false },
      store: { key: `monitor:prod@${p.head}`, persisted: true },
    });
    expect(rep.reaction).toBeUndefined();
    // A tick on the grid from the window's start, none after its end, numbered 1, 2, 3…
    const ticks = rep.series.map((t) => t.tick);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks).toEqual(ticks.map((_, i) => i + 1));
    const start = Date.parse(rep.window.startedAt);
    for (const t of rep.series) {
      expect(Date.parse(t.at)).toBeGreaterThanOrEqual(start);
      expect(Date.parse(t.at)).toBeLessThan(Date.parse(rep.window.endsAt));
      expect(t.probes.map((x) => [x.id, x.ok])).toEqual([
        ['health', true],
        ['pages', true],
      ]);
      expect(t).toMatchObject({ requests: 2, errors: 0 });
      expect(t.latenciesMs).toHaveLength(2);
    }
    // Every request the probes sent is one the service answered.
    expect(p.asked('/health') + p.asked('/page')).toBe(rep.classification.requests);
    expect(rep.classification).toMatchObject({
      state: 'healthy',
      ticks: ticks.length,
      errors: 0,
      skipped: [],
    });

    // The series and its markers are in history: armed, each tick, done.
    const events = p.journal().map((l) => JSON.parse(l).monitor.event);
    expect(events).toEqual(['armed', ...ticks.map(() => 'tick'), 'done']);

    const md = await p.read(`${OUT}/prod/report.md`);
    expect(md).toContain('## ✅ Healthy — prod');
    expect(md).toContain('```mermaid\nxychart-beta\n  title "5xx or unreachable answers per tick"');
    expect(md).toContain('title "p95 latency per tick (ms)"');
    // Each tick's probe evidence is in the bundle, which verifies.
    expect(existsSync(path.join(p.dir, OUT, 'prod/evidence/tick-1/health/requests.json'))).toBe(true);
    expect(await verifyBundle(path.join(p.dir, OUT, 'prod'))).toMatchObject({ ok: true });
    const v = await p.cli(['verify', `${OUT}/prod`, '--bundle-id', rep.bundle!.id]);
    expect(v.code).toBe(0);
  });
});

describe('monitor: the reaction to a degraded window', () => {
  it('health failing after N requests: rolled back, verified, exit 1 with rollback-ok', async () => {
    const p = await project({ cue: { healthFailsAfter: 2 } });
    const r = await p.cli(['monitor', '--environment', 'prod']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'DEGRADED prod: probe health failed 2 ticks in a row (ticks 3–4), consecutiveFailures is 2; rolled back, and the verify after the rollback passed',
    );
    expect(await p.read('state/current')).toBe('previous');
    expect(await p.read('state/rolled-back')).toBe('rollback prod\n');
    const rep = await p.report();
    expect(rep).toMatchObject({ outcome: 'degraded', status: 'failed', actionTaken: 'rollback-ok' });
    expect(rep.classification.reasons).toEqual([
      {
        rule: 'consecutiveFailures',
        tick: 4,
        probe: 'health',
        observed: '2 ticks in a row',
        threshold: '2 ticks in a row',
        message: 'probe health failed 2 ticks in a row (ticks 3–4), consecutiveFailures is 2',
      },
    ]);
    // The window stops at the tick that decided it.
    expect(rep.series.map((t) => t.tick)).toEqual([1, 2, 3, 4]);
    expect(rep.reaction).toMatchObject({
      configured: 'rollback',
      decided: 'rollback',
      steps: [
        { kind: 'command', name: 'rollback', status: 'passed', exitCode: 0 },
        { kind: 'verify', name: 'verify-after-rollback', status: 'passed', verdict: 'promote' },
      ],
    });
    expect(await verifyBundle(path.join(p.dir, OUT, 'prod'))).toMatchObject({ ok: true });
    expect(
      p
        .journal()
        .map((l) => JSON.parse(l).monitor.event)
        .at(-1),
    ).toBe('done');
  });

  it('a rollback command that fails: exit 4, rollback-failed, an alert', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const r = await p.cli(['monitor', '--environment', 'fragile']);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('the rollback failed: the environment is in an unknown state');
    expect(r.stdout).toContain(
      'ALERT: fragile: the rollback after the degraded window failed; the environment is in an unknown state',
    );
    const rep = await p.report('fragile');
    expect(rep).toMatchObject({ outcome: 'degraded', actionTaken: 'rollback-failed' });
    // No verify after a rollback that failed: the state is unknown either way.
    expect(rep.reaction!.steps).toMatchObject([
      { name: 'rollback', status: 'failed', exitCode: 3, output: 'cannot reach the cluster' },
    ]);
  });

  it('protect: true forces an alert: nothing is rolled back, exit 1 with alerted', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const r = await p.cli(['monitor', '--environment', 'guarded']);
    expect(r.code).toBe(1);
    const rep = await p.report('guarded');
    expect(rep).toMatchObject({
      outcome: 'degraded',
      actionTaken: 'alerted',
      reaction: {
        configured: 'rollback',
        decided: 'alert',
        reason:
          'environment "guarded" is protected (protect: true): never rolled back automatically, so reaction rollback became alert',
        steps: [],
      },
    });
    expect(existsSync(path.join(p.dir, 'state/rolled-back'))).toBe(false);
    expect(await p.read('state/current')).toBe('new');
    expect(r.stdout).toContain('ALERT: guarded is degraded after the deploy of');
  });

  it('5xx after N requests: the window’s error ratio above errorRatio once minRequests were made; reaction none', async () => {
    const p = await project({ cue: { pageFailsAfter: 2 } });
    const r = await p.cli(['monitor', '--environment', 'quiet']);
    expect(r.code).toBe(1);
    const rep = await p.report('quiet');
    expect(rep).toMatchObject({ outcome: 'degraded', actionTaken: 'none' });
    // Ticks 1–2 answer 200, tick 3 is the first 500: 1 of 3 is above 20%.
    expect(rep.classification.reasons).toEqual([
      {
        rule: 'errorRatio',
        tick: 3,
        observed: '33.33% (1 of 3 requests)',
        threshold: 'above 20% (from 3 requests)',
        message:
          "33.33% of the window's answers were 5xx or unreachable by tick 3 (1 of 3 requests), above errorRatio 20%",
      },
    ]);
    expect(rep.reaction).toMatchObject({ decided: 'none', steps: [] });
    expect(rep.reaction!.alert).toBeUndefined();
  });

  it('latency rising: the window’s p95 above latencyP95; the alert is raised', async () => {
    const p = await project({ cue: { slowAfter: 2, slowMs: 400 } });
    const r = await p.cli(['monitor', '--environment', 'sluggish']);
    expect(r.code).toBe(1);
    const rep = await p.report('sluggish');
    expect(rep).toMatchObject({ outcome: 'degraded', actionTaken: 'alerted' });
    const [reason] = rep.classification.reasons;
    expect(reason).toMatchObject({ rule: 'latencyP95', threshold: 'above 150ms' });
    expect(reason!.observed).toMatch(/^p95 \d+ms \(\d+ answers\)$/);
    expect(Number(/p95 (\d+)ms/.exec(reason!.observed)![1])).toBeGreaterThan(150);
    expect(rep.reaction!.alert!.issue).toMatchObject({ state: 'skipped' });
  });
});
