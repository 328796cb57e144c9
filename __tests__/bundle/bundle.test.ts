import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { listFiles } from '../../src/bundle/seal.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runGate } from '../../src/app/gate.js';
import type { Report } from '../../src/report/types.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  dev: { checks: [files, build, tests] }
checks:
  files: { type: files, paths: [package.json] }
  build: { type: command, run: 'echo "build with \${{ env.DEPLOY_TOKEN }}"', enforcement: required }
  tests: { type: command, run: 'echo ok', junit: junit.xml, onError: warn }
`;

async function gate(dir: string, env: Record<string, string> = { DEPLOY_TOKEN: 'tok_abcdef123456' }) {
  await writeFiles(dir, { 'package.json': '{}', 'pg.yml': CONFIG });
  return runGate({
    configPath: path.join(dir, 'pg.yml'),
    profile: 'dev',
    inputs: {},
    env: { ...process.env, ...env },
    cwd: dir,
    logger: silentLogger,
  });
}

describe('evidence bundle', () => {
  it('writes report.json, report.md, evidence and a manifest covering all of them', async () => {
    const dir = await tempDir();
    const run = await gate(dir);
    const files = await listFiles(run.outDir);
    expect(files).toEqual([
      'evidence/build/output.log',
      'evidence/files/matches.json',
      'evidence/tests/output.log',
      'manifest.json',
      'report.json',
      'report.md',
    ]);
    const manifest = JSON.parse(await readFile(path.join(run.outDir, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      files.filter((f) => f !== 'manifest.json'),
    );
    const report = JSON.parse(await readFile(path.join(run.outDir, 'report.json'), 'utf8')) as Report;
    expect(report).toMatchObject({
      schemaVersion: 1,
      profile: 'dev',
      verdict: 'promote',
      score: 4,
      action: 'auto-promote',
      // tests could not run (counted as a warning): evidence is missing, so not ga_ready.
      level: 'release_candidate',
    });
    expect(report.bundle!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.checks.find((c) => c.id === 'tests')).toMatchObject({ status: 'error', score: 4 });
    for (const key of ['startedAt', 'finishedAt', 'durationMs', 'reasons', 'checks'])
      expect(report).toHaveProperty(key);
    expect(await verifyBundle(run.outDir)).toMatchObject({
      ok: true,
      bundleId: report.bundle!.id,
      problems: [],
    });
  });

  it('detects a changed, an added and a removed file', async () => {
    const dir = await tempDir();
    const run = await gate(dir);
    await appendFile(path.join(run.outDir, 'evidence/build/output.log'), 'tampered\n');
    await writeFile(path.join(run.outDir, 'evidence/extra.txt'), 'x');
    await rm(path.join(run.outDir, 'evidence/files/matches.json'));
    const res = await verifyBundle(run.outDir);
    expect(res.ok).toBe(false);
    expect(res.problems.map((p) => `${p.kind} ${p.path}`).sort()).toEqual([
      'added evidence/extra.txt',
      'changed evidence/build/output.log',
      'removed evidence/files/matches.json',
    ]);
  });

  it('detects an edited verdict in report.json and an edited manifest', async () => {
    const dir = await tempDir();
    const run = await gate(dir, { DEPLOY_TOKEN: 'x-token-value' });
    const reportPath = path.join(run.outDir, 'report.json');
    const original = await readFile(reportPath, 'utf8');
    await writeFile(reportPath, original.replace('"score": 5', '"score": 4'));
    expect((await verifyBundle(run.outDir)).problems).toEqual([
      expect.objectContaining({ kind: 'changed', path: 'report.json' }),
    ]);
    await writeFile(reportPath, original);
    const manifestPath = path.join(run.outDir, 'manifest.json');
    await writeFile(manifestPath, `${await readFile(manifestPath, 'utf8')} `);
    const res = await verifyBundle(run.outDir);
    expect(res.problems).toEqual([
      expect.objectContaining({ kind: 'malformed', path: 'manifest.json' }),
      expect.objectContaining({ kind: 'bundle-id', path: 'report.json' }),
      expect.objectContaining({ kind: 'bundle-id', path: 'report.md' }),
    ]);
    expect(
      (await verifyBundle(run.outDir, run.report.bundle!.id)).problems.map((p) => `${p.kind} ${p.path}`),
    ).toEqual([
      'malformed manifest.json',
      'bundle-id report.json',
      'bundle-id report.md',
      'bundle-id manifest.json',
    ]);
  });

  it('is the same bundle id for the same bytes', async () => {
    const dir = await tempDir();
    const run = await gate(dir);
    const again = await verifyBundle(run.outDir, run.report.bundle!.id);
    expect(again.ok).toBe(true);
  });

  it('refuses an output directory holding files it did not write', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'out/precious.txt': 'keep me', 'package.json': '{}', 'pg.yml': CONFIG });
    await expect(
      runGate({
        configPath: path.join(dir, 'pg.yml'),
        profile: 'dev',
        outDir: path.join(dir, 'out'),
        inputs: {},
        env: { DEPLOY_TOKEN: 'abcd1234' },
        cwd: dir,
        logger: silentLogger,
      }),
    ).rejects.toThrow(/holds files the gate did not write \(precious.txt\)/);
    expect(await readFile(path.join(dir, 'out/precious.txt'), 'utf8')).toBe('keep me');
  });

  it('property: a value taken from the environment never appears in any file of the bundle', async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_\-+/]{8,40}$/), async (secret) => {
        const run = await gate(dir, { DEPLOY_TOKEN: secret });
        for (const f of await listFiles(run.outDir)) {
          expect(await readFile(path.join(run.outDir, f), 'utf8')).not.toContain(secret);
        }
        expect(await readFile(path.join(run.outDir, 'evidence/build/output.log'), 'utf8')).toBe(
          'build with ***\n',
        );
      }),
      { numRuns: 15 },
    );
  });
});
