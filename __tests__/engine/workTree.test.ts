import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkType } from '../../src/checks/registry.js';
import { type CheckType, defineCheck, type WorkTreeUse } from '../../src/checks/types.js';
import { runChecks } from '../../src/engine/runChecks.js';
import { engineDeps, planned } from '../helpers/engine.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { initRepo } from '../helpers/git.js';

const parsed = (type: string, spec: Record<string, unknown>) =>
  checkType(type)!.fields.parse(spec) as Record<string, unknown>;

describe('engine: checks that observe the working tree see it before any check changes it', () => {
  it('git clean + a command that writes an untracked file: the same verdict every time', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'a', '.gitignore': '.out/\n' });
    initRepo(dir);
    const checks = [
      planned('build', 'command', parsed('command', { run: 'echo built > generated.txt' })),
      planned('tree', 'git', parsed('git', { clean: true })),
    ];
    const verdicts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const results = await runChecks(
        checks,
        engineDeps(path.join(dir, '.out'), { cwd: dir, env: { ...process.env, GITHUB_HEAD_REF: '' } }),
        { concurrency: 8, gateTimeoutMs: 60_000 },
      );
      verdicts.push(results.map((r) => `${r.id}:${r.status}`).join(' '));
      await rm(path.join(dir, 'generated.txt'), { force: true });
    }
    expect(verdicts).toEqual(Array(10).fill('build:pass tree:pass'));
  });

  it.each([
    ['files', { paths: ['x'] }, 'observes'],
    ['git', {}, 'observes'],
    ['env', { vars: {} }, undefined],
    ['env', { vars: {}, file: '.env' }, 'observes'],
    ['evidence', { file: 'r.json' }, 'observes'],
    ['freshness', { file: 'data.json', maxAge: '1d' }, 'observes'],
    ['freshness', { url: 'http://x.test/', timestamp: 'at', maxAge: '1d' }, undefined],
    ['benchmark', { file: 'r.json' }, 'observes'],
    ['benchmark', { run: 'bench' }, 'changes'],
    ['trend', { file: 'n.txt', pattern: '(\\d+)' }, 'observes'],
    ['trend', { run: 'count' }, 'changes'],
    ['command', { run: 'true' }, 'changes'],
    ['http', { url: 'http://x.test/' }, undefined],
    ['auth', { base: 'http://x.test', routes: ['/a'] }, undefined],
  ])('%s %j: %s', (type, spec, use) => {
    const t = checkType(type)!;
    expect(t.workTree?.(t.fields.parse(spec) as never)).toBe(use);
  });
});

/** Records when checks start and end; `gate` holds an observer until the test opens it. */
function recorder() {
  const events: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const make = (type: string, use: WorkTreeUse | undefined, wait: boolean): CheckType =>
    defineCheck({
      type,
      description: type,
      defaults: { category: 'ops', enforcement: 'scored' },
      fields: z.object({}),
      ...(use ? { workTree: () => use } : {}),
      async run(_spec, ctx) {
        events.push(`start ${ctx.id}`);
        if (wait) await gate;
        events.push(`end ${ctx.id}`);
        return { status: 'pass', summary: 'ok' };
      },
    });
  const types = [
    make('observer', 'observes', true),
    make('changer', 'changes', false),
    make('live', undefined, false),
  ];
  return { events, open, types };
}

describe('engine: order around the working tree', () => {
  it('changers wait for the observers; live checks do not', async () => {
    const dir = await tempDir();
    const { events, open, types } = recorder();
    const run = runChecks(
      [planned('cmd', 'changer'), planned('probe', 'live'), planned('tree', 'observer')],
      engineDeps(dir, { types }),
      { concurrency: 8, gateTimeoutMs: 60_000 },
    );
    // The live probe runs to its end while the observer is still held open.
    while (!events.includes('end probe')) await new Promise((r) => setTimeout(r, 10));
    expect(events).not.toContain('start cmd');
    open();
    const results = await run;
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['cmd', 'pass'],
      ['probe', 'pass'],
      ['tree', 'pass'],
    ]);
    expect(events.indexOf('start cmd')).toBeGreaterThan(events.indexOf('end tree'));
  });

  it('keeps the concurrency limit and cannot deadlock with one slot', async () => {
    const dir = await tempDir();
    const { events, open, types } = recorder();
    open();
    const results = await runChecks(
      [planned('cmd', 'changer'), planned('tree', 'observer'), planned('probe', 'live')],
      engineDeps(dir, { types }),
      { concurrency: 1, gateTimeoutMs: 60_000 },
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    // One at a time: every start is followed by its own end.
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace('start', 'end'));
    expect(events.indexOf('start tree')).toBeLessThan(events.indexOf('start cmd'));
  });

  it('a changer still waiting when the gate times out is reported as not started', async () => {
    const dir = await tempDir();
    const { types } = recorder();
    const results = await runChecks(
      [planned('tree', 'observer', {}, { timeoutMs: 60_000 }), planned('cmd', 'changer')],
      engineDeps(dir, { types }),
      { concurrency: 8, gateTimeoutMs: 300 },
    );
    expect(results[0]!.error).toBe('gate timeout of 300ms reached');
    expect(results[1]!.error).toBe('not started: gate timeout of 300ms reached');
  });
});
