import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalName } from '../../src/history/records.js';
import { closeAllServers } from '../helpers/servers.js';
import { project, waitFor } from './fixture.js';

afterEach(closeAllServers);

const events = (lines: string[]) => lines.map((l) => JSON.parse(l).monitor.event as string);

describe('monitor: a restarted monitor resumes its window; a finished one answers at once', () => {
  it('stopped mid-window and started again: the same window, the series continued, the end not moved', async () => {
    const p = await project();
    const stop = new AbortController();
    const first = p.cli(['monitor', '--environment', 'prod'], { signal: stop.signal });
    // armed + 3 ticks recorded, then the stop (as SIGTERM would).
    await waitFor(() => p.journal().length >= 4);
    stop.abort(new Error('stopped by SIGTERM'));
    const r1 = await first;
    expect(r1.code).toBe(1);
    expect(r1.stdout).toContain('INTERRUPTED prod: stopped after tick');
    const rep1 = await p.report();
    expect(rep1).toMatchObject({ outcome: 'interrupted', actionTaken: 'none', status: 'failed' });
    expect(rep1.why).toContain('(stopped by SIGTERM); started again, the monitor resumes the same window');
    const before = rep1.series.map((t) => t.tick);
    expect(before.length).toBeGreaterThanOrEqual(3);
    // No done record: the window is not decided.
    expect(events(p.journal())).not.toContain('done');

    const r2 = await p.cli(['monitor', '--environment', 'prod', '--window', '1h']);
    expect(r2.code).toBe(0);
    const rep2 = await p.report();
    expect(rep2).toMatchObject({ outcome: 'healthy', window: { resumed: true, windowMs: 3000 } });
    expect(rep2.window.startedAt).toBe(rep1.window.startedAt);
    expect(rep2.window.endsAt).toBe(rep1.window.endsAt);
    expect(rep2.problems.join('\n')).toContain('it is resumed as armed, not as this run asked');
    // The series goes on from the first run's ticks, numbered on, and stays inside the window.
    const ticks = rep2.series.map((t) => t.tick);
    expect(ticks.slice(0, before.length)).toEqual(before);
    expect(ticks).toEqual(ticks.map((_, i) => i + 1));
    for (const t of rep2.series) expect(Date.parse(t.at)).toBeLessThan(Date.parse(rep2.window.endsAt));
    const times = rep2.series.map((t) => Date.parse(t.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events(p.journal()).filter((e) => e === 'armed')).toHaveLength(1);
    expect(events(p.journal()).at(-1)).toBe('done');
  });

  it('a second start after the window ended returns the recorded outcome without probing', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const r1 = await p.cli(['monitor', '--environment', 'prod']);
    expect(r1.code).toBe(1);
    const rep1 = await p.report();
    expect(rep1.actionTaken).toBe('rollback-ok');
    await p.read('state/rolled-back');
    writeFileSync(path.join(p.dir, 'state/rolled-back'), '');
    const asked = p.service.seen.length;

    const r2 = await p.cli(['monitor', '--environment', 'prod']);
    expect(r2.code).toBe(1);
    expect(p.service.seen.length).toBe(asked);
    // Not rolled back a second time.
    expect(await p.read('state/rolled-back')).toBe('');
    const rep2 = await p.report();
    expect(rep2).toMatchObject({
      outcome: 'degraded',
      actionTaken: 'rollback-ok',
      window: { recorded: true, resumed: false, startedAt: rep1.window.startedAt },
    });
    expect(rep2.why).toContain('recorded when the window ended at');
    expect(rep2.series).toEqual(rep1.series);
    expect(r2.stdout).toContain('(recorded outcome; nothing probed)');
  });

  it('--deployment names another window: the same commit is watched again', async () => {
    const p = await project();
    const r = await p.cli(['monitor', '--environment', 'prod', '--deployment', '4242', '--window', '600ms']);
    expect(r.code).toBe(0);
    expect(await p.report()).toMatchObject({
      deployment: '4242',
      commit: p.head,
      window: { windowMs: 600 },
      store: { key: 'monitor:prod@4242' },
    });
    const bad = await p.cli(['monitor', '--environment', 'prod', '--deployment', '../x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--deployment: "../x" may use only letters, digits');
  });
});

describe('monitor: never dies without a report', () => {
  it('a store that cannot be written: reported, and the window is watched to its end', async () => {
    const p = await project();
    writeFileSync(path.join(p.dir, 'state/blocker'), 'a file where the history directory would go');
    const r = await p.cli([
      'monitor',
      '--environment',
      'prod',
      '--history',
      'dir:state/blocker',
      '--window',
      '800ms',
    ]);
    expect(r.code).toBe(0);
    const rep = await p.report();
    expect(rep.outcome).toBe('healthy');
    expect(rep.series.length).toBeGreaterThanOrEqual(2);
    expect(rep.problems[0]).toMatch(
      /^cannot read state\/blocker\/monitor%3aprod%40[0-9a-f]+\.jsonl: ENOTDIR/,
    );
    expect(
      rep.problems.some((x) => /^cannot record the armed record in directory state\/blocker: /.test(x)),
    ).toBe(true);
    expect(rep.problems.some((x) => /^cannot record the tick 1 in directory state\/blocker/.test(x))).toBe(
      true,
    );
    expect(r.stderr).toContain('a monitor started again for this deployment will watch a new window');
  });

  it('malformed series entries are skipped and said, never counted as failures', async () => {
    const p = await project();
    const dir = path.join(p.dir, '.promotion-gate/.history');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, journalName(`monitor:prod@${p.head}`));
    const at = new Date().toISOString();
    const record = (runId: string, monitor: unknown) =>
      `${JSON.stringify({
        schemaVersion: 1,
        profile: `monitor:prod@${p.head}`,
        runId,
        startedAt: at,
        finishedAt: at,
        verdict: 'hold',
        score: 1,
        action: 'hold',
        level: 'blocked',
        hotfixChecks: [],
        checks: [],
        kind: 'monitor',
        monitor,
      })}\n`;
    appendFileSync(
      file,
      record('x:armed', {
        event: 'armed',
        startedAt: at,
        windowMs: 3000,
        intervalMs: 250,
        deployment: p.head,
      }) +
        // Garbage in the shape of failed ticks: two of them would meet consecutiveFailures: 2.
        record('x:tick-1', { event: 'tick', row: { tick: 1, probes: [{ id: 'health', ok: false }] } }) +
        record('x:tick-2', { event: 'tick', row: 'health failed' }) +
        '{"not json\n' +
        record('x:odd', { event: 'surprise' }),
    );
    const r = await p.cli(['monitor', '--environment', 'prod']);
    expect(r.code).toBe(0);
    const rep = await p.report();
    expect(rep).toMatchObject({ outcome: 'healthy', window: { resumed: true, startedAt: at } });
    expect(rep.classification.skipped).toEqual([
      { index: 0, why: 'tick 1: no time' },
      { index: 1, why: 'not a tick: string' },
    ]);
    expect(rep.problems.join('\n')).toContain(': not JSON');
    expect(rep.problems.join('\n')).toContain('record x:odd is not a monitor record; skipped');
    // A row that is no tick numbers nothing: this run's ticks start at 1.
    expect(rep.series[0]!.tick).toBe(1);
    const md = await p.read('.promotion-gate/.monitor/prod/report.md');
    expect(md).toContain('series row 1 skipped: tick 1: no time');
  });
});
