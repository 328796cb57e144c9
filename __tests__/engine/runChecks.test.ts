import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandCheck } from '../../src/checks/command/command.js';
import { type CheckType, defineCheck } from '../../src/checks/types.js';
import { Redactor } from '../../src/core/redact.js';
import type { CheckResult } from '../../src/core/types.js';
import { runChecks } from '../../src/engine/runChecks.js';
import { engineDeps, planned } from '../helpers/engine.js';
import { tempDir } from '../helpers/fs.js';
import { eventually, running, waitForPids } from '../helpers/processes.js';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });

const fields = z.object({ ms: z.number().default(0), secret: z.string().optional() });
/** Settles once the late writer has tried to write its evidence. */
let lateWriteTried!: () => void;
const lateWrite = new Promise<void>((resolve) => (lateWriteTried = resolve));

/** How many sleep checks ran at once, at most. */
const flight = { now: 0, max: 0 };
const types: CheckType[] = [
  defineCheck({
    type: 'sleep',
    description: 'sleeps then passes',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run(spec, ctx) {
      ctx.log(`sleeping ${spec.ms}ms`);
      flight.now++;
      flight.max = Math.max(flight.max, flight.now);
      try {
        await sleep(spec.ms, ctx.signal);
      } finally {
        flight.now--;
      }
      return { status: 'pass', summary: `slept ${spec.ms}ms` };
    },
  }),
  defineCheck({
    type: 'hang',
    description: 'never settles and ignores its signal',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    run: () => new Promise(() => undefined),
  }),
  defineCheck({
    type: 'throw',
    description: 'throws',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run() {
      throw new Error('boom');
    },
  }),
  defineCheck({
    type: 'nonsense',
    description: 'returns a bad score',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run() {
      return { status: 'fail', score: 9, summary: 'x' };
    },
  }),
  defineCheck({
    type: 'leaky',
    description: 'writes a secret everywhere',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run(spec, ctx) {
      ctx.secret(spec.secret!);
      ctx.log(`token is ${spec.secret}`);
      await ctx.evidence.write('dump.txt', `token=${spec.secret}`);
      return {
        status: 'fail',
        summary: `saw ${spec.secret}`,
        findings: [{ level: 'failure', message: `leaked ${spec.secret}` }],
      };
    },
  }),
  defineCheck({
    type: 'late-writer',
    description: 'writes evidence after its timeout',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run(_spec, ctx) {
      // After its timeout: the abort, then a turn of the event loop for the engine to finish it.
      await new Promise((r) => ctx.signal.addEventListener('abort', r, { once: true }));
      await new Promise((r) => setImmediate(r));
      try {
        await ctx.evidence.write('late.txt', 'late');
      } finally {
        lateWriteTried();
      }
      return { status: 'pass', summary: 'late' };
    },
  }),
];

describe('engine', () => {
  it.each([
    [8, 8],
    [3, 3],
    [1, 1],
  ])('runs checks concurrently, at most %d at once', async (concurrency, expected) => {
    const dir = await tempDir();
    flight.max = 0;
    const checks = Array.from({ length: 8 }, (_, i) => planned(`s${i}`, 'sleep', { ms: 50 }));
    const results = await runChecks(checks, engineDeps(dir, { types }), {
      concurrency,
      gateTimeoutMs: 10_000,
    });
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('pass'));
    expect(flight.max).toBe(expected);
  });

  it('turns a hang, a throw and a nonsense result into errors and still runs the rest', async () => {
    const dir = await tempDir();
    const finished: string[] = [];
    const results = await runChecks(
      [
        planned('hang', 'hang', {}, { timeoutMs: 200 }),
        planned('throw', 'throw'),
        planned('nonsense', 'nonsense'),
        planned('ok', 'sleep', { ms: 10 }),
        planned('unknown', 'nope'),
      ],
      engineDeps(dir, {
        types,
        logger: { ...engineDeps(dir).logger, checkFinished: (r: CheckResult) => finished.push(r.id) },
      }),
      { concurrency: 8, gateTimeoutMs: 10_000 },
    );
    const by = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(by.hang).toMatchObject({ status: 'error', error: 'timed out after 200ms', score: 1 });
    expect(by.throw).toMatchObject({ status: 'error', error: 'boom' });
    expect(by.nonsense!.error).toContain('returned score 9, expected 1–5');
    expect(by.ok!.status).toBe('pass');
    expect(by.unknown!.error).toBe('no check type "nope"');
    expect(finished.sort()).toEqual(['hang', 'nonsense', 'ok', 'throw', 'unknown']);
  });

  it('scores an error by onError', async () => {
    const dir = await tempDir();
    const results = await runChecks(
      [planned('a', 'throw', {}, { onError: 'warn' }), planned('b', 'throw', {}, { onError: 'pass' })],
      engineDeps(dir, { types }),
      { concurrency: 2, gateTimeoutMs: 10_000 },
    );
    expect(results.map((r) => [r.status, r.score])).toEqual([
      ['error', 4],
      ['error', 5],
    ]);
  });

  it('stops everything at the gate timeout and says so', async () => {
    const dir = await tempDir();
    const results = await runChecks(
      [
        planned('a', 'sleep', { ms: 5000 }),
        planned('b', 'sleep', { ms: 5000 }),
        planned('c', 'sleep', { ms: 10 }),
      ],
      engineDeps(dir, { types }),
      { concurrency: 2, gateTimeoutMs: 300 },
    );
    expect(results[0]!.error).toContain('gate timeout of 300ms reached');
    expect(results[1]!.error).toContain('gate timeout');
    expect(results[2]!.error).toContain('not started: gate timeout');
  });

  it('kills a command that outlives its timeout, children included', async () => {
    const dir = await tempDir();
    const marker = path.join(dir, 'survived');
    const started = performance.now();
    const [r] = await runChecks(
      [
        planned(
          'slow',
          'command',
          commandCheck.fields.parse({
            run: `(echo $BASHPID > ${marker}.pid; sleep 2; touch ${marker}) & sleep 30`,
          }),
          { timeoutMs: 300 },
        ),
      ],
      engineDeps(dir),
      { concurrency: 1, gateTimeoutMs: 10_000 },
    );
    expect(r!.status).toBe('error');
    expect(r!.error).toMatch(/timed out after 300ms|stopped/);
    expect(performance.now() - started).toBeLessThan(3000);
    // The background subshell wrote its pid first thing; stopped with the check, it touches nothing.
    const pids = await waitForPids(`${marker}.pid`, 1);
    expect(await eventually(() => pids.every((p) => !running(p)))).toBe(true);
    await expect(readFile(marker)).rejects.toThrow();
  });

  it('redacts secrets from results, logs and evidence', async () => {
    const dir = await tempDir();
    const secret = 'hunter2-very-secret';
    const logs: string[] = [];
    const [r] = await runChecks(
      [planned('leaky', 'leaky', { secret })],
      engineDeps(dir, {
        types,
        redactor: new Redactor(),
        logger: { ...engineDeps(dir).logger, checkFinished: (_r, log) => logs.push(...log) },
      }),
      { concurrency: 1, gateTimeoutMs: 10_000 },
    );
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(r!.summary).toBe('saw ***');
    expect(logs).toEqual(['token is ***']);
    expect(await readFile(path.join(dir, r!.evidence[0]!), 'utf8')).toBe('token=***');
  });

  it('refuses evidence written after a check timed out', async () => {
    const dir = await tempDir();
    const [r] = await runChecks(
      [planned('late', 'late-writer', {}, { timeoutMs: 100 })],
      engineDeps(dir, { types }),
      {
        concurrency: 1,
        gateTimeoutMs: 10_000,
      },
    );
    expect(r!.status).toBe('error');
    await lateWrite;
    await expect(readFile(path.join(dir, 'evidence/late/late.txt'))).rejects.toThrow();
  });

  it('skips checks whose enforcement is off', async () => {
    const dir = await tempDir();
    const [r] = await runChecks(
      [planned('x', 'throw', {}, { enforcement: 'off' })],
      engineDeps(dir, { types }),
      {
        concurrency: 1,
        gateTimeoutMs: 1000,
      },
    );
    expect(r).toMatchObject({ status: 'skipped', summary: 'not run (enforcement: off)' });
  });
});
