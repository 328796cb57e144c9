import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCheckTypes, checkType } from '../../src/checks/registry.js';
import { type CheckLoad, type CheckType, defineCheck } from '../../src/checks/types.js';
import type { CheckResult } from '../../src/core/types.js';
import { loadOf, NETWORK_CONCURRENCY, runChecks } from '../../src/engine/runChecks.js';
import { engineDeps, planned } from '../helpers/engine.js';
import { tempDir } from '../helpers/fs.js';

/** Checks of each load that wait until released, counting how many of each run at once. */
function waiters() {
  const flight = new Map<CheckLoad | 'bounded', { now: number; max: number }>();
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const make = (load: CheckLoad): CheckType =>
    defineCheck({
      type: `wait-${load}`,
      description: `waits, as a ${load} check`,
      defaults: { category: 'ops', enforcement: 'scored' },
      fields: z.object({}),
      load,
      async run() {
        const counted = load === 'network' ? [load] : [load, 'bounded' as const];
        for (const k of counted) {
          const f = flight.get(k) ?? { now: 0, max: 0 };
          flight.set(k, f);
          f.now++;
          f.max = Math.max(f.max, f.now);
        }
        await released;
        for (const k of counted) flight.get(k)!.now--;
        return { status: 'pass', summary: 'released' };
      },
    });
  const types = (['network', 'process', 'cpu'] as const).map(make);
  const max = (load: CheckLoad | 'bounded') => flight.get(load)?.max ?? 0;
  const running = (load: CheckLoad | 'bounded') => flight.get(load)?.now ?? 0;
  return { types, release, max, running };
}

const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise((r) => setTimeout(r, 5));
};

describe('engine: how many checks run at once depends on what they use', () => {
  it('starts every live probe at once, while commands and scans keep to `concurrency`', async () => {
    const dir = await tempDir();
    const w = waiters();
    const checks = [
      ...Array.from({ length: 20 }, (_, i) => planned(`probe-${i}`, 'wait-network')),
      ...Array.from({ length: 4 }, (_, i) => planned(`cmd-${i}`, 'wait-process')),
      ...Array.from({ length: 4 }, (_, i) => planned(`scan-${i}`, 'wait-cpu')),
    ];
    const run = runChecks(checks, engineDeps(dir, { types: w.types }), {
      concurrency: 3,
      gateTimeoutMs: 60_000,
    });
    // Every probe is in flight before any of them is released: no probe waits for a slot.
    await until(() => w.running('network') === 20);
    expect(w.running('bounded')).toBe(3);
    w.release();
    const results = await run;
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(w.max('network')).toBe(20);
    // Processes and CPU share the one bound.
    expect(w.max('bounded')).toBe(3);
  });

  it('bounds even live probes, by the network limit', async () => {
    const dir = await tempDir();
    const w = waiters();
    const checks = Array.from({ length: 6 }, (_, i) => planned(`probe-${i}`, 'wait-network'));
    const run = runChecks(checks, engineDeps(dir, { types: w.types }), {
      concurrency: 1,
      networkConcurrency: 4,
      gateTimeoutMs: 60_000,
    });
    await until(() => w.running('network') === 4);
    w.release();
    await run;
    expect(w.max('network')).toBe(4);
    expect(NETWORK_CONCURRENCY).toBeGreaterThanOrEqual(64);
  });

  it('every registered type says what it uses; live probes are network, commands processes', () => {
    const parsed = (type: string, spec: Record<string, unknown>) =>
      planned(type, type, checkType(type)!.fields.parse(spec) as Record<string, unknown>);
    for (const t of allCheckTypes()) expect(t.load, t.type).toBeDefined();
    expect(loadOf(parsed('http', { url: 'http://x.test/' }))).toBe('network');
    expect(loadOf(parsed('auth', { base: 'http://x.test', routes: ['/a'] }))).toBe('network');
    expect(loadOf(parsed('performance', { base: 'http://x.test', pages: ['/'] }))).toBe('network');
    expect(loadOf(parsed('freshness', { url: 'http://x.test/', timestamp: 'at', maxAge: '1d' }))).toBe(
      'network',
    );
    expect(loadOf(parsed('freshness', { file: 'data.json', maxAge: '1d' }))).toBe('cpu');
    expect(loadOf(parsed('command', { run: 'true' }))).toBe('process');
    expect(loadOf(parsed('secrets', {}))).toBe('process');
    expect(loadOf(parsed('files', { paths: ['x'] }))).toBe('cpu');
    expect(loadOf(parsed('benchmark', { run: 'bench' }))).toBe('process');
    expect(loadOf(parsed('benchmark', { file: 'r.json' }))).toBe('cpu');
    // A type that says nothing is bounded, as every check used to be.
    expect(loadOf(planned('x', 'no-such-type'))).toBe('cpu');
  });
});

describe('engine: live probes start while the output folder is made ready', () => {
  /** A probe that writes its evidence at once, and a command that says when it started. */
  function pair() {
    const events: string[] = [];
    const types: CheckType[] = [
      defineCheck({
        type: 'probe',
        description: 'writes evidence at once',
        defaults: { category: 'ops', enforcement: 'scored' },
        fields: z.object({}),
        load: 'network',
        async run(_spec, ctx) {
          events.push('probe started');
          await ctx.evidence.write('response.txt', 'ok');
          events.push('probe wrote');
          return { status: 'pass', summary: 'ok' };
        },
      }),
      defineCheck({
        type: 'cmd',
        description: 'runs a command',
        defaults: { category: 'ops', enforcement: 'scored' },
        fields: z.object({}),
        load: 'process',
        async run() {
          events.push('cmd started');
          return { status: 'pass', summary: 'ok' };
        },
      }),
    ];
    let settle!: { resolve(): void; reject(err: Error): void };
    const outputReady = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    return { events, types, outputReady, settle };
  }

  it('the others start, and evidence is written, only once it is ready', async () => {
    const dir = await tempDir();
    const p = pair();
    const run = runChecks(
      [planned('probe', 'probe'), planned('cmd', 'cmd')],
      engineDeps(dir, { types: p.types, outputReady: p.outputReady }),
      {
        concurrency: 8,
        gateTimeoutMs: 60_000,
      },
    );
    await until(() => p.events.includes('probe started'));
    await new Promise((r) => setTimeout(r, 20));
    expect(p.events).toEqual(['probe started']);
    await expect(access(path.join(dir, 'evidence', 'probe', 'response.txt'))).rejects.toThrow();
    p.settle.resolve();
    const results = await run;
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(p.events.slice(1).sort()).toEqual(['cmd started', 'probe wrote']);
  });

  it('a folder that cannot be made ready stops the run: nothing else starts', async () => {
    const dir = await tempDir();
    const p = pair();
    const run = runChecks(
      [planned('probe', 'probe'), planned('cmd', 'cmd')],
      engineDeps(dir, { types: p.types, outputReady: p.outputReady }),
      {
        concurrency: 8,
        gateTimeoutMs: 60_000,
      },
    );
    await until(() => p.events.includes('probe started'));
    p.settle.reject(new Error('output directory /sys is a system directory'));
    const [probe, cmd] = await run;
    expect(probe).toMatchObject({
      status: 'error',
      summary: 'could not run: output directory /sys is a system directory',
    });
    expect(cmd).toMatchObject({
      status: 'error',
      summary: 'could not run: not started: output directory /sys is a system directory',
    });
    expect(p.events).toEqual(['probe started']);
  });
});

describe('engine: a check times out on time, whatever else runs', () => {
  /**
   * `burn` keeps the thread in chunks of work until the other check has been stopped (or for a
   * second at most: far past the other's timeout), yielding between chunks as `yieldBy` says;
   * `answer` waits for an answer that comes only once `burn` is done.
   */
  function contenders(yieldBy: 'microtask' | 'macrotask') {
    const state = { answerStopped: false, burnDone: false, stoppedDuringBurn: false };
    let answered!: () => void;
    const answer = new Promise<void>((r) => (answered = r));
    const types: CheckType[] = [
      defineCheck({
        type: 'burn',
        description: 'burns CPU in chunks',
        defaults: { category: 'ops', enforcement: 'scored' },
        fields: z.object({}),
        load: 'cpu',
        async run() {
          let chunks = 0;
          let x = 0;
          const until = performance.now() + 1000;
          while (!state.answerStopped && performance.now() < until) {
            for (let i = 0; i < 200_000; i++) x = (x * 31 + i) % 1_000_003;
            chunks++;
            if (yieldBy === 'microtask') await Promise.resolve();
            else await new Promise((r) => setImmediate(r));
          }
          state.burnDone = true;
          answered();
          return { status: 'pass', summary: `burned ${chunks} chunks (${x})` };
        },
      }),
      defineCheck({
        type: 'answer',
        description: 'waits for an answer that comes after the burn',
        defaults: { category: 'ops', enforcement: 'scored' },
        fields: z.object({}),
        load: 'network',
        async run(_spec, ctx) {
          ctx.signal.addEventListener('abort', () => {
            state.answerStopped = true;
            state.stoppedDuringBurn = !state.burnDone;
          });
          await answer;
          return { status: 'pass', summary: 'answered' };
        },
      }),
    ];
    return { types, state };
  }

  const run = async (yieldBy: 'microtask' | 'macrotask') => {
    const dir = await tempDir();
    const { types, state } = contenders(yieldBy);
    const ended: string[] = [];
    const results = await runChecks(
      [
        planned('burn', 'burn', {}, { timeoutMs: 600_000 }),
        planned('answer', 'answer', {}, { timeoutMs: 50 }),
      ],
      engineDeps(dir, {
        types,
        logger: { ...engineDeps(dir).logger, debug: (line: string) => void ended.push(line.split(':')[0]!) },
      }),
      { concurrency: 8, gateTimeoutMs: 600_000 },
    );
    return {
      by: Object.fromEntries(results.map((r) => [r.id, r])) as Record<string, CheckResult>,
      state,
      ended,
    };
  };

  it('yielding to the event loop between chunks: the short check is stopped while the other burns', async () => {
    const { by, state, ended } = await run('macrotask');
    expect(by.answer).toMatchObject({ status: 'error', summary: 'could not run: timed out after 50ms' });
    expect(by.burn!.status).toBe('pass');
    expect(state.stoppedDuringBurn).toBe(true);
    expect(ended).toEqual(['answer', 'burn']);
  });

  it('keeping the thread (yielding only to promises): an answer after the timeout does not count', async () => {
    const { by, state } = await run('microtask');
    // No timer could fire while the thread was kept: the answer came first, but after the deadline.
    expect(state.stoppedDuringBurn).toBe(false);
    expect(by.answer).toMatchObject({ status: 'error', summary: 'could not run: timed out after 50ms' });
    expect(by.burn!.status).toBe('pass');
  });
});
