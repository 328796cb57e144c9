import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runAction } from '../helpers/runner.js';

const CONFIG = `version: 1
profiles:
  dev: { checks: [files, build] }
  prod: { extends: dev, checks: [release-notes] }
checks:
  files: { type: files, paths: [package.json] }
  build: { type: command, run: 'echo "deploying with \${{ env.DEPLOY_TOKEN }} to \${{ inputs.target }}"' }
  release-notes: { type: files, enforcement: hard, paths: [RELEASE_NOTES.md] }
`;

async function workspace(config = CONFIG) {
  const ws = await tempDir('pg-ws-');
  const temp = await tempDir('pg-runner-');
  await writeFiles(ws, { 'package.json': '{}', '.github/promotion-gate.yml': config });
  return { ws, temp };
}

describe('the bundled action (dist/index.js) under the runner environment', () => {
  it('promotes: outputs, job summary, a verifiable bundle, and masked secrets', async () => {
    const { ws, temp } = await workspace();
    const token = 'dpl_0123456789abcdef';
    const r = await runAction(
      ws,
      temp,
      { profile: 'dev', inputs: 'target=staging\n# a comment\n' },
      { DEPLOY_TOKEN: token },
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      verdict: 'promote',
      score: '5',
      level: 'ga_ready',
      action: 'auto-promote',
    });
    expect(r.outputs['report-path']).toBe(path.join(ws, '.promotion-gate/dev/report.json'));
    expect(r.outputs['bundle-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.summary).toContain('## ✅ Promote — dev · score 5/5 · auto-promote · level ga_ready');
    expect(r.summary).toContain(r.outputs['bundle-id']!.slice(0, 19));
    expect(r.stdout).toContain(`::add-mask::${token}`);
    expect(r.stdout).toMatch(/::group::✔ files/);
    expect(r.stdout).toContain('::endgroup::');
    expect(r.stdout).not.toMatch(new RegExp(`(?<!add-mask::)${token}`));
    const log = await readFile(path.join(ws, '.promotion-gate/dev/evidence/build/output.log'), 'utf8');
    expect(log).toBe('deploying with *** to staging\n');
    expect(await verifyBundle(path.join(ws, '.promotion-gate/dev'), r.outputs['bundle-id'])).toMatchObject({
      ok: true,
    });
    const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'));
    expect(report.run).toMatchObject({
      id: '4242',
      url: 'https://github.com/acme/permits/actions/runs/4242',
    });
    expect(report.git.sha).toBe('a'.repeat(40));
  });

  it('holds: fails the step with the reasons, unless fail-on is never', async () => {
    const { ws, temp } = await workspace();
    const env = { DEPLOY_TOKEN: 'x-token-1' };
    const r = await runAction(ws, temp, { profile: 'prod', inputs: 'target=prod' }, env);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('hold');
    expect(r.stdout).toContain(
      '::error::HOLD prod: score 1/5, hold, level blocked — release-notes (hard) failed',
    );
    expect(r.summary).toContain('⛔ Hold — prod');
    const never = await runAction(
      ws,
      temp,
      { profile: 'prod', inputs: 'target=prod', 'fail-on': 'never' },
      env,
    );
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('::warning::HOLD prod');
  });

  it('annotates a bad config at its file and line and exits 2', async () => {
    const { ws, temp } = await workspace(
      CONFIG.replace('type: files, paths: [package.json]', 'type: files, path: [package.json]'),
    );
    const r = await runAction(ws, temp, { profile: 'dev' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error title=promotion-gate%3A invalid configuration,file=.github/promotion-gate.yml,line=6,col=25::checks.files.path: unknown key "path" (did you mean "paths"?)',
    );
    expect(r.outputs).toEqual({});
  });

  it('rejects bad inputs with a clear message', async () => {
    const { ws, temp } = await workspace();
    const noProfile = await runAction(ws, temp, {});
    expect(noProfile.code).toBe(2);
    expect(noProfile.stdout).toContain('input profile is required');
    const badFailOn = await runAction(ws, temp, { profile: 'dev', 'fail-on': 'maybe' });
    expect(badFailOn.stdout).toContain('input fail-on: expected "hold" or "never", got "maybe"');
  });

  it('validates only, with command: validate', async () => {
    const { ws, temp } = await workspace();
    const r = await runAction(ws, temp, { command: 'validate' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('.github/promotion-gate.yml is valid');
  });
});
