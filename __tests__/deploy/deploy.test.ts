import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import type { CommandEntry, DeployReport, VerifyEntry } from '../../src/deploy/types.js';
import { git } from '../helpers/git.js';
import { alive, config, project, waitFor } from './fixture.js';

const OUT = '.promotion-gate/.deploy';
const report = async (p: { read(rel: string): Promise<string> }, env = 'staging') =>
  JSON.parse(await p.read(`${OUT}/${env}/report.json`)) as DeployReport;
/** The pid a script wrote is a real pid, and that process is gone. */
const gone = (pidFile: string) => {
  const pid = Number(pidFile);
  expect(pid).toBeGreaterThan(1);
  return !alive(pid);
};
const names = (r: DeployReport) => r.steps.map((s) => `${s.name}:${s.status}`);

describe('deploy: snapshot → deploy → verify, rolled back on failure', () => {
  it('deployed: exit 0, every step in the report, a bundle that verifies, the step told what it deploys', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=good-2']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DEPLOYED staging: deploy ran and verify (smoke) passed');
    expect(p.serving()).toBe('good-2');

    const rep = await report(p);
    const head = git(p.dir, 'rev-parse', 'HEAD').trim();
    expect(rep).toMatchObject({
      schemaVersion: 1,
      kind: 'deploy',
      environment: 'staging',
      commit: head,
      outcome: 'deployed',
      status: 'passed',
      url: p.service.url,
    });
    expect(names(rep)).toEqual(['snapshot:passed', 'deploy:passed', 'verify:passed']);
    const deploy = rep.steps[1] as CommandEntry;
    expect(deploy).toMatchObject({
      command: './ops/deploy.sh',
      exitCode: 0,
      timedOut: false,
      evidence: 'evidence/deploy/output.log',
    });
    expect(Date.parse(deploy.startedAt!)).not.toBeNaN();
    expect(deploy.durationMs).toBeGreaterThanOrEqual(0);
    expect(deploy.output).toBe(`deployed good-2 to staging at ${p.service.url}`);
    expect(await p.read(`${OUT}/staging/evidence/deploy/output.log`)).toContain('deployed good-2');

    const verify = rep.steps[2] as VerifyEntry;
    const nested = JSON.parse(await p.read(`${OUT}/staging/evidence/verify/report.json`));
    expect(verify).toMatchObject({ profile: 'smoke', verdict: 'promote', bundleId: nested.bundle.id });
    expect(await verifyBundle(path.join(p.dir, `${OUT}/staging/evidence/verify`))).toMatchObject({
      ok: true,
    });

    const v = await p.cli(['verify', `${OUT}/staging`, '--bundle-id', rep.bundle!.id]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('intact');

    const env = await p.read('state/env-deploy');
    expect(env).toContain('PROMOTION_GATE_ENVIRONMENT=staging\n');
    expect(env).toContain(`PROMOTION_GATE_SHA=${head}\n`);
    expect(env).toContain(`PROMOTION_GATE_URL=${p.service.url}\n`);
    expect(env).toContain('PROMOTION_GATE_STEP=deploy\n');
    expect(env).toContain('PROMOTION_GATE_INPUT_VERSION=good-2\n');
    expect(env).not.toContain('PROMOTION_GATE_DRY_RUN');
    expect(env).not.toContain('PROMOTION_GATE_DRILL');
    expect(await p.read('state/env-snapshot')).toContain('PROMOTION_GATE_STEP=snapshot\n');

    const list = await p.cli(['history', 'list', '--profile', 'deploy:staging']);
    expect(list.stdout).toContain('1 run(s) of deploy:staging');
    expect(list.stdout).toContain('deployed');
  });

  it('rolled-back: a bad version fails its verify; the rollback restores the old one and its verify passes (exit 1)', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=bad']);
    expect(r.code).toBe(1);
    expect(p.serving()).toBe('good-1');
    const rep = await report(p);
    expect(rep.outcome).toBe('rolled-back');
    expect(names(rep)).toEqual([
      'snapshot:passed',
      'deploy:passed',
      'verify:failed',
      'rollback:passed',
      'verify-after-rollback:passed',
    ]);
    expect((rep.steps[2] as VerifyEntry).blockers).toContain('health.failed');
    expect(rep.why).toMatch(
      /^verify \(smoke\) hold: health\.failed.*; rolled back, and the verify after it \(smoke\) passed$/,
    );
    expect(r.stdout).toContain('ROLLED BACK staging:');
    expect(await verifyBundle(path.join(p.dir, `${OUT}/staging`), rep.bundle!.id)).toMatchObject({
      ok: true,
    });
    expect(
      await verifyBundle(path.join(p.dir, `${OUT}/staging/evidence/verify-after-rollback`)),
    ).toMatchObject({
      ok: true,
    });
  });

  it('rollback-failed: the rollback itself fails — exit 4, an alert, and no verify after it', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'fragile', '--input', 'version=bad']);
    expect(r.code).toBe(4);
    const rep = await report(p, 'fragile');
    expect(rep.outcome).toBe('rollback-failed');
    expect(names(rep)).toEqual(['deploy:passed', 'verify:failed', 'rollback:failed']);
    expect(rep.steps[2]).toMatchObject({ exitCode: 3, output: 'cannot reach the cluster' });
    expect(rep.why).toContain('rollback exited with 3: fragile is in an unknown state');
    expect(r.stdout).toContain('ALERT: fragile: the rollback failed');
    expect(r.stderr).toContain('error: fragile: the rollback failed');
  });

  it('a verify profile that errors: rolled back, and as its verify after the rollback errors too, rollback-failed (exit 4)', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'unverifiable', '--input', 'version=good-2']);
    expect(r.code).toBe(4);
    const rep = await report(p, 'unverifiable');
    expect(names(rep)).toEqual([
      'snapshot:passed',
      'deploy:passed',
      'verify:failed',
      'rollback:passed',
      'verify-after-rollback:failed',
    ]);
    expect((rep.steps[2] as VerifyEntry).blockers).toContain('dead.error');
    expect(rep.why).toContain('unverifiable is in an unknown state');
    const nested = JSON.parse(await p.read(`${OUT}/unverifiable/evidence/verify/report.json`));
    expect(nested.checks[0]).toMatchObject({ id: 'dead', status: 'error' });
  });

  it('failed: with --no-rollback nothing is rolled back (exit 1)', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=bad', '--no-rollback']);
    expect(r.code).toBe(1);
    expect(p.serving()).toBe('bad');
    const rep = await report(p);
    expect(rep).toMatchObject({ outcome: 'failed', plan: { rollback: { enabled: false } } });
    expect(rep.why).toMatch(/^verify \(smoke\) hold: health\.failed.*; rollback is off \(--no-rollback\)$/);
    expect(names(rep)).toEqual(['snapshot:passed', 'deploy:passed', 'verify:failed']);
  });

  it('failed: a protected environment is never rolled back — an alert, a person decides (exit 1)', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'guarded', '--input', 'version=bad']);
    expect(r.code).toBe(1);
    expect(p.serving()).toBe('bad');
    const rep = await report(p, 'guarded');
    expect(rep).toMatchObject({ outcome: 'failed', plan: { protect: true } });
    expect(rep.why).toContain('is protected: never rolled back automatically, a person decides');
    expect(r.stdout).toMatch(
      /ALERT: guarded: verify \(smoke\) hold: health\.failed.*; it is protected, so nothing was rolled back — a person must decide/,
    );
    expect(r.stderr).toContain('error: guarded: verify (smoke) hold');
  });

  it('a deploy that hangs past its timeout is stopped with its children, then rolled back', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'hanging', '--input', 'version=good-2']);
    expect(r.code).toBe(1);
    const rep = await report(p, 'hanging');
    expect(rep.outcome).toBe('rolled-back');
    expect(names(rep)).toEqual([
      'snapshot:passed',
      'deploy:timed-out',
      'rollback:passed',
      'verify-after-rollback:passed',
    ]);
    expect(rep.steps[1]).toMatchObject({
      name: 'deploy',
      status: 'timed-out',
      timedOut: true,
      detail: 'timed out after 1.00s',
      output: 'deploying…',
    });
    for (const f of ['state/deploy.pid', 'state/child.pid']) expect(gone(await p.read(f))).toBe(true);
  });

  it('SIGTERM during a step: the step and its children stop, the report says interrupted, nothing else runs', async () => {
    const p = await project();
    const stop = new AbortController();
    const running = p.cli(['deploy', '--environment', 'stuck', '--input', 'version=good-2'], {
      signal: stop.signal,
    });
    await waitFor(() =>
      p.read('state/child.pid').then(
        (t) => t.trim() !== '',
        () => false,
      ),
    );
    stop.abort(new Error('stopped by SIGTERM'));
    const r = await running;
    expect(r.code).toBe(1);
    const rep = await report(p, 'stuck');
    expect(rep.outcome).toBe('interrupted');
    expect(rep.why).toBe('stopped during deploy (stopped by SIGTERM); nothing after it ran');
    expect(names(rep)).toEqual(['deploy:interrupted']);
    expect(r.stdout).toContain('INTERRUPTED stuck:');
    for (const f of ['state/deploy.pid', 'state/child.pid']) expect(gone(await p.read(f))).toBe(true);
    expect(await verifyBundle(path.join(p.dir, `${OUT}/stuck`), rep.bundle!.id)).toMatchObject({ ok: true });
  });

  it('--dry-run: prints and records the plan, runs nothing (exit 0)', async () => {
    const p = await project();
    const r = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=bad', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'PLANNED staging: dry run, nothing ran: snapshot → deploy → verify (smoke); on failure: rollback → verify (smoke)',
    );
    expect(r.stdout).toContain('$ ./ops/deploy.sh');
    expect(p.serving()).toBe('good-1');
    expect(existsSync(path.join(p.dir, 'state/env-deploy'))).toBe(false);
    const rep = await report(p);
    expect(rep).toMatchObject({ outcome: 'planned', status: 'planned', mode: { dryRun: true } });
    expect(names(rep)).toEqual([
      'snapshot:planned',
      'deploy:planned',
      'verify:planned',
      'rollback:planned',
      'verify-after-rollback:planned',
    ]);
    const list = await p.cli(['history', 'list', '--profile', 'deploy:staging']);
    expect(list.stdout).toContain('planned');
  });

  it('secrets never reach the report, the evidence or the log; a process a step leaves behind is stopped with it', async () => {
    const token = 'dpl_0123456789abcdef';
    const p = await project({
      config: (u) =>
        config(u).replace(
          '  plain:\n',
          `  leaky:
    deploy:
      run: ./ops/deploy.sh; echo "with $TOKEN and $PROMOTION_GATE_INPUT_API_TOKEN and $MY_API_SECRET"; sleep 600 >/dev/null 2>&1 & echo $! > state/leaked.pid
      env: { TOKEN: '\${{ env.DEPLOY_TOKEN }}' }
    verify: smoke
  plain:\n`,
        ),
    });
    const r = await p.cli(
      [
        'deploy',
        '--environment',
        'leaky',
        '--input',
        'version=good-2',
        '--input',
        'api-token=sk_live_secret_42',
      ],
      // A variable named as a secret that the config never names: the step inherits it.
      { env: { PATH: process.env.PATH, DEPLOY_TOKEN: token, MY_API_SECRET: 'zzTopSecret-deploy-77' } },
    );
    expect(r.code).toBe(0);
    const rep = await report(p, 'leaky');
    expect(rep.steps[0]).toMatchObject({ leftBehind: true });
    expect((rep.steps[0] as CommandEntry).output).toContain('with *** and *** and ***');
    expect(rep.inputs['api-token']).toBe('***');
    expect(gone(await p.read('state/leaked.pid'))).toBe(true);
    for (const text of [
      JSON.stringify(rep),
      await p.read(`${OUT}/leaky/report.md`),
      await p.read(`${OUT}/leaky/evidence/deploy/output.log`),
      r.stdout,
      r.stderr,
    ]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain('sk_live_secret_42');
      expect(text).not.toContain('zzTopSecret-deploy-77');
    }
    expect(r.stderr).toContain('deploy left processes running when its shell ended; they were stopped');
  });

  it('a value in a step’s command line reaches it as an environment variable, never as shell code', async () => {
    const p = await project({
      config: (u) =>
        config(u).replace(
          '  plain:\n',
          `  templated:
    deploy: { run: 'echo "tag \${{ inputs.tag }}" > state/tag' }
    verify: smoke
  plain:\n`,
        ),
    });
    const r = await p.cli(['deploy', '--environment', 'templated', '--input', 'tag=v1; touch state/pwned']);
    expect(r.code).toBe(0);
    expect(await p.read('state/tag')).toBe('tag v1; touch state/pwned\n');
    expect(existsSync(path.join(p.dir, 'state/pwned'))).toBe(false);
  });

  it('a process that leaves the step’s group and keeps its output open does not hold the deploy', async () => {
    const p = await project({
      config: (u) =>
        config(u).replace(
          '  plain:\n',
          // A function: a replacement string would read $$ as one $.
          () => `  escaping:
    deploy:
      run: |
        ./ops/deploy.sh
        setsid bash -c 'echo $$ > state/escaped.pid; exec sleep 600' &
        while [ ! -s state/escaped.pid ]; do sleep 0.05; done
    verify: smoke
  plain:\n`,
        ),
    });
    try {
      const r = await p.cli(['deploy', '--environment', 'escaping', '--input', 'version=good-2']);
      expect(r.code).toBe(0);
      expect((await report(p, 'escaping')).steps[0]).toMatchObject({ status: 'passed', leftBehind: true });
      expect(gone(await p.read('state/escaped.pid'))).toBe(true);
    } finally {
      const pid = Number(await p.read('state/escaped.pid'));
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
  it.runIf(process.platform === 'linux')(
    'a step’s setsid’d and double-forked background processes are gone when it ends, or when it times out',
    async () => {
      // A function: a replacement string would read $$ as one $.
      const background = `setsid bash -c 'echo $$ >> state/bg.pids; exec sleep 601' >/dev/null 2>&1 &
        ( nohup bash -c 'echo $$ >> state/bg.pids; exec sleep 602' >/dev/null 2>&1 & )
        until [ "$(wc -l < state/bg.pids 2>/dev/null || echo 0)" -ge 2 ]; do sleep 0.05; done`;
      const p = await project({
        config: (u) =>
          config(u).replace(
            '  plain:\n',
            () => `  detaching:
    deploy:
      run: |
        ./ops/deploy.sh
        ${background}
    verify: smoke
  detaching-hang:
    deploy:
      run: |
        ${background}
        sleep 603
      timeout: 1s
    verify: smoke
  plain:\n`,
          ),
      });
      const pids = () => p.read('state/bg.pids').then((t) => t.split('\n').filter(Boolean));
      try {
        const done = await p.cli(['deploy', '--environment', 'detaching', '--input', 'version=good-2']);
        expect(done.code).toBe(0);
        expect((await report(p, 'detaching')).steps[0]).toMatchObject({ status: 'passed', leftBehind: true });
        expect(await pids()).toHaveLength(2);
        for (const pid of await pids()) expect(gone(pid)).toBe(true);

        await p.cli(['deploy', '--environment', 'detaching-hang', '--input', 'version=good-2']);
        expect((await report(p, 'detaching-hang')).steps[0]).toMatchObject({ status: 'timed-out' });
        expect(await pids()).toHaveLength(4);
        for (const pid of await pids()) expect(gone(pid)).toBe(true);
      } finally {
        for (const pid of await pids().catch(() => []))
          if (alive(Number(pid))) process.kill(Number(pid), 'SIGKILL');
      }
    },
  );
});
