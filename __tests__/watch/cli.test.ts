import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { closeAllServers } from '../helpers/servers.js';
import { configYaml, project, type Staging, startStaging } from './fixture.js';

/** `promotion-gate watch` from the command line, in-process. */

async function cli(argv: string[], cwd: string, onOut?: (text: string) => void, signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
      onOut?.(t);
    },
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH },
    cwd,
    signal,
  });
  return { code, stdout, stderr };
}

const watch = (staging: Staging, ...more: string[]) => [
  'watch',
  '--profile',
  'prod',
  '--config',
  'pg.yml',
  '--input',
  `target-url=${staging.url}`,
  ...more,
];

afterEach(closeAllServers);

describe('promotion-gate watch', () => {
  it('--every loops up to --times runs; the exit code is the last run’s', async () => {
    const staging = await startStaging();
    const p = await project(configYaml());
    let runs = 0;
    const r = await cli(
      watch(staging, '--history', 'dir:hist', '--every', '20ms', '--times', '3'),
      p.dir,
      (t) => {
        if (t.startsWith('\nPROMOTE') || t.startsWith('\nHOLD')) runs++;
        // The service breaks after the first run: the second run is a transition.
        if (runs === 1) staging.mode = 'faulty';
      },
    );
    expect(runs).toBe(3);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('transition: auto-promote → hold');
    expect(r.stdout).toContain(
      'HOLD prod: score 1/5, hold, level release_candidate — score at or below the hold line (run 3)',
    );
    expect(r.stdout).toContain('incident: skipped — no repository');
    expect(r.stdout.match(/next run in/g)).toHaveLength(2);
  });

  it('SIGTERM (the CLI’s signal) ends the wait between runs; what ran is reported', async () => {
    const staging = await startStaging();
    const p = await project(configYaml());
    const stop = new AbortController();
    const r = await cli(
      watch(staging, '--history', 'dir:hist', '--every', '1h'),
      p.dir,
      (t) => {
        if (t.startsWith('next run in')) stop.abort(new Error('stopped by SIGTERM'));
      },
      stop.signal,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.match(/PROMOTE prod/g)).toHaveLength(1);
  });

  it('without history it says transitions cannot be detected; bad flags are usage errors', async () => {
    const staging = await startStaging();
    const p = await project(configYaml());
    const off = await cli(watch(staging, '--history', 'off', '--no-incidents'), p.dir);
    expect(off.code).toBe(0);
    expect(off.stderr).toContain('--history off: transitions cannot be detected');
    expect(off.stdout).toContain('note: history is off: transitions cannot be detected');

    const times = await cli(watch(staging, '--times', '2'), p.dir);
    expect(times.code).toBe(2);
    expect(times.stderr).toContain('--times: give --every too');
    const every = await cli(watch(staging, '--every', 'often'), p.dir);
    expect(every.code).toBe(2);
    expect(every.stderr).toContain('--every: expected a duration like 30s or 2m, got "often"');
    const long = await cli(watch(staging, '--every', '30d'), p.dir);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--every: at most 24h, got "30d"');

    // Inside a workflow run every run would carry the run's id: the loop is the schedule's job.
    let inJob = '';
    const job = await runCli(watch(staging, '--every', '1m'), {
      stdout: () => undefined,
      stderr: (t) => (inJob += t),
      env: { PATH: process.env.PATH, GITHUB_RUN_ID: '9' },
      cwd: p.dir,
    });
    expect(job).toBe(2);
    expect(inJob).toContain('schedule the workflow (on: schedule)');
  });
});
