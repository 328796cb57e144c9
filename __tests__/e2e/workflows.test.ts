import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../deploy/fixture.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { initRepo } from '../helpers/git.js';
import { closeAllServers, sendJson, startServer } from '../helpers/servers.js';
import { actionSteps, expressions, type StepAt, workflows } from '../workflows/files.js';
import { HISTORY, seedHistory } from '../workflows/fixture.js';
import {
  type ActionRun,
  type Azurite,
  type EventSpec,
  type FakeGitHub,
  type FakeResults,
  pullRequestEvent,
  runAction,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
  workflowRunEvent,
} from './harness/index.js';

/**
 * Every step of the reusable workflows that runs the action, run by the bundled action with
 * exactly that step's `with:` — each expression replaced by a test value — against the offline
 * GitHub and a real staging service. Each ends with the exit code its command gives on the
 * fixture, never 3: every command is proven to run as it is wired. CI's own `uses: ./` step runs
 * in CI itself and is left out.
 */

const SHA = 'a'.repeat(40);
const FORK_RUN = 9191;

/** The workflows' fixture (a benchmark with history) with a live health check and an environment to deploy. */
const E2E_CONFIG = `version: 1
profiles:
  smoke: { checks: [health] }
  staging: { checks: [health, kb, files] }
  prod: { extends: staging }
checks:
  health: { type: http, url: '\${{ inputs.url }}/health', retries: 0 }
  kb:
    type: benchmark
    file: kb.json
    thresholds:
      precision: ">= \${{ inputs.min-precision || '0.50' }}"
      recall: ">= \${{ inputs.min-recall || '0.75' }}"
    drift: { lookback: 4, minHistory: 3, maxDrop: { precision: 0.05, recall: 0.05 } }
  files: { type: files, paths: [kb.json] }
environments:
  staging:
    url: '\${{ inputs.url }}'
    snapshot: { run: ./ops/snapshot.sh }
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
    monitor: { window: 3s, interval: 1s, probes: [health], reaction: alert }
aggregate:
  required: [certification, security]
`;

interface Project {
  dir: string;
  url: string;
  serving(): Promise<string>;
}

async function project(o: { recall?: number } = {}): Promise<Project> {
  const dir = await tempDir('pg-e2e-workflows-');
  await writeFiles(dir, {
    '.github/promotion-gate.yml': E2E_CONFIG,
    'kb.json': JSON.stringify({ precision: 0.6, recall: o.recall ?? 0.83 }),
    // Where aggregate.yml downloads the evidence artifacts of the run.
    '.promotion-gate/.evidence/certification.json': '{"status": "passed"}',
    '.promotion-gate/.evidence/security.json': '{"conclusion": "success"}',
    'state/current': 'good-1',
    '.gitignore': 'state/\n.promotion-gate/\n',
    ...SCRIPTS,
  });
  for (const f of Object.keys(SCRIPTS)) await chmod(path.join(dir, f), 0o755);
  await seedHistory(dir);
  initRepo(dir);
  const serving = () => readFile(path.join(dir, 'state/current'), 'utf8');
  const service = await startServer(async (req, res) => {
    const version = await serving();
    if (req.url === '/health')
      return sendJson(res, version === 'bad' ? 500 : 200, {
        status: version === 'bad' ? 'degraded' : 'ok',
        version,
      });
    sendJson(res, 404, { error: 'not found' });
  });
  return { dir, url: service.url, serving };
}

/**
 * The text an expression of the workflows renders to, from the test's context: a path, a quoted
 * literal, or `a || b` (the first truthy one, else the last), as GitHub evaluates them.
 */
export function evaluate(expr: string, ctx: Record<string, unknown>): string {
  const parts = expr.split('||').map((p) => p.trim());
  for (const [i, part] of parts.entries()) {
    const literal = /^'(.*)'$/.exec(part);
    const value = literal
      ? literal[1]!
      : part.split('.').reduce<unknown>((o, k) => {
          if (o === null || typeof o !== 'object' || !Object.hasOwn(o, k))
            throw new Error(`the test has no value for ${part} (in \${{ ${expr} }})`);
          return (o as Record<string, unknown>)[k];
        }, ctx);
    const truthy = value !== '' && value !== false && value !== 0 && value !== undefined && value !== null;
    if (truthy || i === parts.length - 1) return value === undefined || value === null ? '' : String(value);
  }
  return '';
}

/** The step's `with:`, each expression replaced as the runner would. */
function withInputs(s: StepAt, ctx: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(s.step.with ?? {}))
    out[key] = String(raw).replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => evaluate(e.trim(), ctx));
  return out;
}

/** The workflow's declared input defaults, typed as declared (`true`, `36`, `'7d'`). */
function defaults(s: StepAt): Record<string, unknown> {
  const declared = s.file.doc.on.workflow_call?.inputs ?? {};
  return Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, v.default ?? null]));
}

interface Scenario {
  /** The exit code the step's command gives on this fixture. */
  code: number;
  recall?: number;
  inputs?: (p: Project) => Record<string, string>;
  /** Outputs of earlier steps and jobs the step reads: `{ month: { outputs: { month: '…' } } }`. */
  steps?: Record<string, { outputs: Record<string, string> }>;
  needs?: Record<string, { outputs: Record<string, string> }>;
  event?: EventSpec;
  runId?: number;
  /** Something the step needs to have happened first (another run's artifact). */
  prepare?: (p: Project) => Promise<void>;
  check?: (r: ActionRun, p: Project) => Promise<void> | void;
}

let gh: FakeGitHub;
let azurite: Azurite;
let results: FakeResults;

const runs = (p: Project) => `url=${p.url}`;

/** By `<file> <job>.<step id>`; a step without a scenario fails the test that lists them. */
const SCENARIOS: Record<string, Scenario> = {
  'promote.yml gate.gate': {
    code: 0,
    inputs: (p) => ({ environment: 'staging', 'extra-inputs': runs(p), history: HISTORY }),
    check: (r) => expect(r.outputs.verdict).toBe('promote'),
  },
  'promote.yml deploy.deploy': {
    code: 0,
    inputs: (p) => ({
      environment: 'staging',
      'extra-inputs': `${runs(p)}\nversion=good-2`,
      history: HISTORY,
    }),
    check: async (r, p) => {
      expect(r.outputs.outcome).toBe('deployed');
      expect(await p.serving()).toBe('good-2');
    },
  },
  'promote.yml monitor.monitor': {
    code: 0,
    inputs: (p) => ({
      environment: 'staging',
      'extra-inputs': runs(p),
      history: HISTORY,
      'monitor-window': '3s',
      'monitor-interval': '1s',
    }),
    needs: { deploy: { outputs: { 'deployment-id': '' } } },
  },
  'monitor.yml monitor.monitor': {
    code: 0,
    inputs: (p) => ({
      environment: 'staging',
      'extra-inputs': runs(p),
      history: HISTORY,
      window: '3s',
      interval: '1s',
    }),
  },
  'drill.yml drill.drill': {
    code: 0,
    inputs: (p) => ({ environment: 'staging', 'extra-inputs': runs(p), history: HISTORY }),
    check: async (r, p) => {
      expect(r.outputs.outcome).toBe('passed');
      expect(await p.serving()).toBe('good-1'); // a dry-run drill changes nothing
    },
  },
  'drift.yml drift.drift': {
    code: 1, // recall fell from 0.83 to 0.70: a blocking alert in prod
    recall: 0.7,
    inputs: (p) => ({ profile: 'prod', 'extra-inputs': runs(p), history: HISTORY }),
    check: (r) => expect(r.outputs).toMatchObject({ alerts: '1', 'blocking-alerts': '1' }),
  },
  'review.yml review.review': {
    code: 0,
    inputs: () => ({ profile: 'prod', history: HISTORY }),
    check: (r) => expect(r.outputs['pass-rate']).toBe('100'),
  },
  'checkpoint.yml checkpoint.review': {
    code: 0,
    inputs: () => ({ profile: 'prod', history: HISTORY }),
    steps: { month: { outputs: { month: new Date(Date.now() - 3_600_000).toISOString().slice(0, 7) } } },
    check: (r) => expect(r.outputs['report-path']).toMatch(/monthly-\d{4}-\d{2}\.json$/),
  },
  'watch.yml watch.watch': {
    code: 0,
    inputs: (p) => ({ profile: 'prod', 'extra-inputs': runs(p), history: HISTORY }),
    check: (r) => expect(r.outputs.verdict).toBe('promote'),
  },
  'aggregate.yml aggregate.aggregate': {
    code: 0,
    inputs: () => ({ release: 'v1.0.0' }),
    check: (r) => expect(r.outputs.level).toBe('ga_ready'),
  },
  'publish.yml publish.publish': {
    code: 0,
    runId: 9200,
    event: workflowRunEvent({ runId: FORK_RUN, headSha: 'f'.repeat(40), headRepo: 'mallory/permits' }),
    // The fork's run: a gate with a read-only token leaves only its artifact.
    prepare: async (p) => {
      gh.state.addPull({
        repo: 'acme/permits',
        number: 61,
        headSha: 'f'.repeat(40),
        headRef: 'feature',
        headRepo: 'mallory/permits',
      });
      const temp = await tempDir('pg-e2e-runner-');
      const fork = await runAction({
        workspace: p.dir,
        temp,
        github: gh,
        results,
        token: TOKENS.readOnly,
        runId: FORK_RUN,
        event: pullRequestEvent({ number: 61, headSha: 'f'.repeat(40), headRepo: 'mallory/permits' }),
        inputs: { profile: 'staging', inputs: runs(p), 'fail-on': 'never' },
      });
      expect(fork.outputs['artifact-id'], fork.stdout + fork.stderr).toMatch(/^\d+$/);
    },
    check: (r) => expect(r.outputs.verdict).toBe('promote'),
  },
};

const keyOf = (s: StepAt) => `${path.basename(s.file.rel)} ${s.job}.${s.step.id ?? s.index}`;
const steps = actionSteps(workflows().filter((w) => !w.rel.endsWith('/ci.yml')));

describe('every step of the reusable workflows that runs the action, run by the bundled action', () => {
  beforeAll(async () => {
    [gh, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
    results = await startResults({ azurite, github: gh });
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), results?.close()]);
  });
  afterEach(closeAllServers);

  it('each step has a scenario here, and each scenario a step', () => {
    expect(steps.map(keyOf).sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  it.each(steps.map((s) => [keyOf(s), s] as const))('%s', async (key, s) => {
    const scenario = SCENARIOS[key]!;
    const p = await project({ recall: scenario.recall });
    await scenario.prepare?.(p);
    const ctx = {
      inputs: { ...defaults(s), ...scenario.inputs?.(p) },
      steps: scenario.steps ?? {},
      needs: scenario.needs ?? {},
      runner: { temp: p.dir },
      github: { run_attempt: '1' },
    };
    const inputs = withInputs(s, ctx);
    // Exactly the step's keys: nothing the workflow does not give reaches the action.
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(s.step.with ?? {}).sort());
    for (const e of expressions(JSON.stringify(s.step.with))) expect(() => evaluate(e, ctx)).not.toThrow();
    const r = await runAction({
      workspace: p.dir,
      temp: await tempDir('pg-e2e-runner-'),
      github: gh,
      results,
      token: TOKENS.writer,
      sha: SHA,
      runId: scenario.runId,
      event: scenario.event,
      inputs,
      timeoutMs: 120_000,
    });
    expect(r.code, `${key}\n${r.stdout}\n${r.stderr}`).not.toBe(3);
    expect(r.code, `${key}\n${r.stdout}\n${r.stderr}`).toBe(scenario.code);
    await scenario.check?.(r, p);
  });
});
