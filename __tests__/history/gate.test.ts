import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { runGate } from '../../src/app/gate.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import type { HistoryRead, HistoryStore, RunSummary } from '../../src/history/types.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

// A failing scored check in `design` (weight 0.6) gives score 3: promote with a hotfix.
const CONFIG = `version: 1
profiles:
  prod: { checks: [a, b] }
checks:
  a: { type: files, enforcement: scored, category: design, paths: [A.txt] }
  b: { type: files, enforcement: scored, category: design, paths: [B.txt] }
`;

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'pg.yml': CONFIG, 'A.txt': 'a', 'B.txt': 'b' });
  return dir;
}

let clock = Date.UTC(2026, 2, 1);
function gate(dir: string, history: HistoryStore | undefined, env: Record<string, string> = {}) {
  clock += 3_600_000;
  const at = clock;
  return runGate({
    configPath: path.join(dir, 'pg.yml'),
    profile: 'prod',
    inputs: {},
    env: { PATH: process.env.PATH, ...env },
    cwd: dir,
    logger: silentLogger,
    now: () => new Date(at),
    history,
  });
}

describe('hotfix ratchet across runs, through the history store', () => {
  it('the same check needing a hotfix twice holds; a different one resets the ratchet', async () => {
    const dir = await project();
    const history = new DirectoryHistory(path.join(dir, 'hist'));

    await rm(path.join(dir, 'A.txt'));
    const first = await gate(dir, history);
    expect(first.report).toMatchObject({
      verdict: 'promote',
      action: 'promote-with-hotfix',
      score: 3,
      hotfixChecks: ['a'],
    });
    expect(first.history).toMatchObject({ appended: true, problems: [] });
    expect(first.report.reasons.some((r) => r.message.includes('no earlier valid run'))).toBe(true);

    // Still failing: the ratchet holds.
    const second = await gate(dir, history);
    expect(second.report).toMatchObject({
      verdict: 'hold',
      ratchetTriggered: true,
      blockers: ['hotfix_ratchet'],
    });
    expect(second.history?.previousRunId).toBe(first.history?.runId);

    // a fixed, b broken: a different failure resets the ratchet (compared with the held run: no ratchet).
    await writeFile(path.join(dir, 'A.txt'), 'a');
    await rm(path.join(dir, 'B.txt'));
    const third = await gate(dir, history);
    expect(third.report).toMatchObject({
      verdict: 'promote',
      action: 'promote-with-hotfix',
      hotfixChecks: ['b'],
    });

    await writeFile(path.join(dir, 'B.txt'), 'b');
    await rm(path.join(dir, 'A.txt'));
    const fourth = await gate(dir, history);
    expect(fourth.report).toMatchObject({ verdict: 'promote', ratchetTriggered: false, hotfixChecks: ['a'] });
    const reset = fourth.report.reasons.find((r) => r.kind === 'ratchet-reset');
    expect(reset?.message).toContain(`run ${third.history!.runId} was promoted with a hotfix due for b`);

    const recorded = await history.list('prod');
    expect(recorded.runs.map((r) => r.action)).toEqual([
      'promote-with-hotfix',
      'hold',
      'promote-with-hotfix',
      'promote-with-hotfix',
    ]);
    expect(recorded.runs[1]).toMatchObject({
      ratchetTriggered: true,
      blockers: ['hotfix_ratchet'],
      bundleId: second.report.bundle!.id,
    });
  });

  it('an invalid run is left out: the ratchet compares with the run before it', async () => {
    const dir = await project();
    const history = new DirectoryHistory(path.join(dir, 'hist'));
    await rm(path.join(dir, 'A.txt'));
    const first = await gate(dir, history, { GITHUB_RUN_ID: '100', GITHUB_RUN_ATTEMPT: '2' });
    expect(first.history?.runId).toBe('100.2');
    await history.markInvalid('prod', '100.2', 'A.txt was deleted by a broken fixture');
    const second = await gate(dir, history);
    expect(second.report).toMatchObject({
      verdict: 'promote',
      action: 'promote-with-hotfix',
      ratchetTriggered: false,
    });
    expect(second.history?.previousRunId).toBeUndefined();
  });

  it('corrupt history is reported in the report and the log; the gate decides as without it', async () => {
    const dir = await project();
    await writeFiles(dir, { 'hist/prod.jsonl': 'garbage\n' });
    const warnings: string[] = [];
    const r = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: { PATH: process.env.PATH },
      cwd: dir,
      logger: { ...silentLogger, warn: (m) => warnings.push(m) },
      history: new DirectoryHistory(path.join(dir, 'hist'), 'hist'),
    });
    expect(r.report.verdict).toBe('promote');
    const reason = r.report.reasons.find((x) => x.kind === 'history');
    expect(reason).toMatchObject({ blocking: false });
    expect(reason?.message).toMatch(/^history \(directory hist\): hist\/prod\.jsonl:1: not JSON/);
    expect(r.markdown).toContain('hist/prod.jsonl:1: not JSON');
    expect(warnings[0]).toMatch(/^history: hist\/prod\.jsonl:1: not JSON/);
    expect(r.history?.appended).toBe(true);
  });

  it('a store that cannot be read or written never fails the gate', async () => {
    const dir = await project();
    const broken: HistoryStore = {
      describe: () => 'broken store',
      list: async (): Promise<HistoryRead> => {
        throw new Error('disk on fire');
      },
      append: async (_run: RunSummary) => {
        throw new Error('read-only');
      },
      markInvalid: async () => undefined,
    };
    const warnings: string[] = [];
    const r = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: { PATH: process.env.PATH },
      cwd: dir,
      logger: { ...silentLogger, warn: (m) => warnings.push(m) },
      history: broken,
    });
    expect(r.report.verdict).toBe('promote');
    expect(r.report.reasons.map((x) => x.message)).toContain(
      'history (broken store): broken store: disk on fire',
    );
    expect(r.history).toMatchObject({ appended: false });
    expect(r.history?.problems.at(-1)).toMatch(/^cannot record run .* in broken store: read-only$/);
    expect(warnings.at(-1)).toMatch(/cannot record run .*read-only/);
  });

  it('a stopped gate is reported but not remembered', async () => {
    const dir = await project();
    const history = new DirectoryHistory(path.join(dir, 'hist'));
    const stop = new AbortController();
    stop.abort(new Error('SIGINT'));
    const r = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: { PATH: process.env.PATH },
      cwd: dir,
      logger: silentLogger,
      history,
      signal: stop.signal,
    });
    expect(r.report.counts.error).toBe(2);
    expect(r.history).toBeUndefined();
    expect((await history.list('prod')).runs).toEqual([]);
  });
});
