import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAggregate } from '../../src/app/aggregate.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { loadConfigFile } from '../../src/config/load.js';
import type { DeployReport } from '../../src/deploy/types.js';
import { config, project } from './fixture.js';

const OUT = '.promotion-gate/.drill';
const report = async (p: { read(rel: string): Promise<string> }, env = 'staging') =>
  JSON.parse(await p.read(`${OUT}/${env}/report.json`)) as DeployReport;
const names = (r: DeployReport) => r.steps.map((s) => `${s.name}:${s.status}`);

describe('drill: proves the rollback path', () => {
  it('passes with a working rollback: the verify is recorded as failed without judging the service, the steps are told it is a dry run', async () => {
    const p = await project();
    const r = await p.cli(['drill', '--environment', 'staging', '--input', 'version=good-2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'PASSED drill of staging: the rollback ran and the verify after it (smoke) passed',
    );
    const rep = await report(p);
    expect(rep).toMatchObject({
      kind: 'drill',
      outcome: 'passed',
      status: 'passed',
      mode: { drill: true, live: false, dryRun: false },
    });
    expect(names(rep)).toEqual([
      'snapshot:passed',
      'deploy:passed',
      'verify:forced-failed',
      'rollback:passed',
      'verify-after-rollback:passed',
    ]);
    // The dry-run scripts changed nothing; the service was judged once, after the rollback.
    expect(p.serving()).toBe('good-1');
    expect(p.service.seen.filter((s) => s.url === '/health')).toHaveLength(1);
    for (const step of ['snapshot', 'deploy', 'rollback']) {
      const env = await p.read(`state/env-${step}`);
      expect(env, step).toContain('PROMOTION_GATE_DRILL=1\n');
      expect(env, step).toContain('PROMOTION_GATE_DRY_RUN=1\n');
      expect(env, step).toContain(`PROMOTION_GATE_STEP=${step}\n`);
    }
    expect(rep.steps[1]).toMatchObject({ output: 'would deploy good-2' });
    expect(await verifyBundle(path.join(p.dir, `${OUT}/staging`), rep.bundle!.id)).toMatchObject({
      ok: true,
    });
  });

  it('--live: the steps get no PROMOTION_GATE_DRY_RUN and really deploy, then roll back', async () => {
    const p = await project();
    // A PROMOTION_GATE_DRY_RUN inherited from the job is not passed on either.
    const r = await p.cli(['drill', '--environment', 'staging', '--input', 'version=good-2', '--live'], {
      env: { PATH: process.env.PATH, PROMOTION_GATE_DRY_RUN: '1' },
    });
    expect(r.code).toBe(0);
    const env = await p.read('state/env-deploy');
    expect(env).toContain('PROMOTION_GATE_DRILL=1\n');
    expect(env).not.toContain('PROMOTION_GATE_DRY_RUN');
    const rep = await report(p);
    expect(rep).toMatchObject({ outcome: 'passed', mode: { live: true } });
    expect(rep.steps[1]).toMatchObject({ output: expect.stringContaining('deployed good-2 to staging') });
    expect(rep.steps[3]).toMatchObject({ output: 'restored good-1' });
    expect(p.serving()).toBe('good-1');
  });

  it('fails with a failing rollback (exit 4), and when the rollback is never reached (exit 1)', async () => {
    const p = await project({
      config: (u) =>
        config(u).replace(
          '  plain:\n',
          '  nosnapshot:\n    snapshot: { run: "echo disk full >&2; exit 1" }\n    deploy: { run: ./ops/deploy.sh }\n    verify: smoke\n    rollback: { run: ./ops/rollback.sh }\n  plain:\n',
        ),
    });
    const bad = await p.cli(['drill', '--environment', 'fragile', '--input', 'version=good-2']);
    expect(bad.code).toBe(4);
    expect((await report(p, 'fragile')).outcome).toBe('rollback-failed');
    expect(names(await report(p, 'fragile'))).toEqual([
      'deploy:passed',
      'verify:forced-failed',
      'rollback:failed',
    ]);

    const early = await p.cli(['drill', '--environment', 'nosnapshot', '--input', 'version=good-2']);
    expect(early.code).toBe(1);
    const rep = await report(p, 'nosnapshot');
    expect(rep).toMatchObject({ outcome: 'failed', status: 'failed' });
    expect(rep.why).toBe('snapshot exited with 1: nothing was deployed, and the rollback was not reached');
    expect(early.stdout).toContain('FAILED drill of nosnapshot');
  });

  it('history keeps the newest --retain drills of the environment', async () => {
    const p = await project();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await p.cli([
        'drill',
        '--environment',
        'staging',
        '--input',
        'version=good-2',
        '--retain',
        '2',
      ]);
      expect(r.code).toBe(0);
      ids.push(/recorded as drill:staging \(run (\S+)\)/.exec(r.stdout)![1]!);
    }
    const list = await p.cli(['history', 'list', '--profile', 'drill:staging', '--json']);
    const runs = JSON.parse(list.stdout) as { runId: string; outcome: string; kind: string }[];
    expect(runs.map((x) => x.runId)).toEqual(ids.slice(1));
    expect(runs.every((x) => x.kind === 'drill' && x.outcome === 'passed')).toBe(true);
    const text = await p.cli(['history', 'list', '--profile', 'drill:staging']);
    expect(text.stdout).toMatch(new RegExp(`${ids[2]}\\s+passed`));
  });
});

describe('aggregate: a drill is evidence with an age', () => {
  it('"no passing drill in the last 35 days": a passing drill is passed, an old one is a blocker <domain>.stale, a failed one not_passed', async () => {
    const p = await project({
      config: (u) =>
        `${config(u)}aggregate:\n  domains:\n    rollback-drill: { path: ${OUT}/staging/report.json, maxAge: 35d }\n    failing-drill: { path: ${OUT}/fragile/report.json, maxAge: 35d }\n`,
    });
    expect((await p.cli(['drill', '--environment', 'staging'])).code).toBe(0);
    expect((await p.cli(['drill', '--environment', 'fragile'])).code).toBe(4);
    const finished = new Date((await report(p)).finishedAt);
    const settings = (await loadConfigFile(path.join(p.dir, '.github/promotion-gate.yml'))).config.aggregate;
    const at = (days: number) =>
      runAggregate({
        cwd: p.dir,
        artifacts: [],
        dirs: [],
        settings,
        outDir: path.join(p.dir, 'out', String(days)),
        now: new Date(finished.getTime() + days * 86_400_000),
        version: '0.0.0-test',
        env: {},
      });

    const fresh = await at(2);
    expect(fresh.report.domains.map((d) => [d.name, d.status])).toEqual([
      ['rollback-drill', 'passed'],
      ['failing-drill', 'not_passed'],
    ]);
    expect(fresh.report.domains[0]!.detail).toBe('status = "passed"');
    expect(fresh.report.blockers).toEqual(['failing-drill.not_passed']);

    const old = await at(40);
    expect(old.report.blockers).toEqual(['rollback-drill.stale', 'failing-drill.stale']);
    expect(old.report.domains[0]!.detail).toMatch(
      /^40\.0d old \(finishedAt .*\), older than maxAge 35d; it said: status = "passed"$/,
    );
    expect(old.markdown).toContain('`rollback-drill.stale`');
    expect(old.markdown).toContain('older than the domain’s maxAge');
  });

  it('evidence without a finishedAt is aged by its file time', async () => {
    const p = await project();
    await writeFile(path.join(p.dir, 'drill.json'), '{"status": "passed"}');
    const old = new Date('2026-01-01T00:00:00Z');
    await utimes(path.join(p.dir, 'drill.json'), old, old);
    const { report: r } = await runAggregate({
      cwd: p.dir,
      artifacts: [{ domain: 'drill', path: 'drill.json' }],
      dirs: [],
      settings: { domains: { drill: { maxAge: '35d' } } },
      outDir: path.join(p.dir, 'out'),
      now: new Date('2026-03-01T00:00:00Z'),
      version: '0.0.0-test',
      env: {},
    });
    expect(r.blockers).toEqual(['drill.stale']);
    expect(r.domains[0]!.detail).toContain('(file time 2026-01-01T00:00:00.000Z), older than maxAge 35d');
  });
});
