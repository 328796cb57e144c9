import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createExec } from '../../src/adapters/exec.js';
import { createHttpClient } from '../../src/adapters/http.js';
import type { CheckContext } from '../../src/checks/types.js';
import { Redactor } from '../../src/core/redact.js';
import { createEvidenceWriter } from '../../src/engine/evidence.js';

/** A real CheckContext plus what a test wants to look at afterwards. */
export interface TestContext extends CheckContext {
  redactor: Redactor;
  controller: AbortController;
  logs: string[];
  /** Evidence paths written, relative to outputDir. */
  evidenceFiles: string[];
  readEvidence(name: string): Promise<string>;
  readEvidenceJson<T = unknown>(name: string): Promise<T>;
}

const dirs: string[] = [];

/**
 * Builds a context with real adapters (fetch-based HTTP client, exec), a temporary output
 * directory, a redacting evidence writer and its own AbortController, as the engine would.
 */
export async function makeContext(
  overrides: Partial<CheckContext> & { redactor?: Redactor } = {},
): Promise<TestContext> {
  const { redactor: givenRedactor, ...rest } = overrides;
  const outputDir = rest.outputDir ?? (await mkdtemp(path.join(os.tmpdir(), 'pg-check-')));
  dirs.push(outputDir);
  const redactor = givenRedactor ?? new Redactor();
  const controller = new AbortController();
  const id = rest.id ?? 'check';
  const logs: string[] = [];
  const evidenceFiles: string[] = [];
  const ctx: CheckContext = {
    id,
    profile: 'test',
    cwd: outputDir,
    outputDir,
    signal: controller.signal,
    timeoutMs: 10_000,
    env: {},
    now: () => new Date(),
    log: (line) => logs.push(redactor.redact(line)),
    evidence: createEvidenceWriter(outputDir, id, redactor, evidenceFiles),
    exec: createExec(),
    http: createHttpClient('promotion-gate-test'),
    secret: (value) => redactor.add(value),
    ...rest,
  };
  const readEvidence = (name: string) => readFile(path.join(ctx.outputDir, 'evidence', ctx.id, name), 'utf8');
  return {
    ...ctx,
    redactor,
    controller,
    logs,
    evidenceFiles,
    readEvidence,
    readEvidenceJson: async <T>(name: string) => JSON.parse(await readEvidence(name)) as T,
  };
}

/** Removes every output directory makeContext made (call in afterAll). */
export async function cleanupContexts(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
