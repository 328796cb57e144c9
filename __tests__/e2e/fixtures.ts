import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { listFiles } from '../../src/bundle/seal.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  readZip,
  RESULTS_CONTAINER,
} from './harness/index.js';

/** Workspaces for the end-to-end scenarios: a config, and test reports with as many failures as asked. */

export function junit(
  failures: number,
  o: { withLocation?: boolean; message?: (i: number) => string; suite?: string } = {},
) {
  const cases = Array.from({ length: failures }, (_, i) => {
    const loc = o.withLocation === false ? '' : ` file="src/module${i % 7}.ts" line="${i + 1}"`;
    const msg = (o.message ?? ((n: number) => `expected ${n} to equal ${n + 1}`))(i);
    return `<testcase classname="suite${i % 3}" name="case ${i}"${loc}><failure message="${msg}">${msg}</failure></testcase>`;
  });
  return `<?xml version="1.0"?>\n<testsuite name="${o.suite ?? 'unit'}" tests="${failures + 1}" failures="${failures}">\n<testcase classname="ok" name="passes"/>\n${cases.join('\n')}\n</testsuite>\n`;
}

/** `dev` promotes; `pr` holds with `failures` located test failures (each one an annotation). */
export function config() {
  return `version: 1
profiles:
  dev: { checks: [files] }
  pr: { checks: [files, tests] }
checks:
  files: { type: files, paths: [package.json] }
  tests: { type: command, enforcement: required, run: 'true', junit: reports/junit.xml }
`;
}

const lasting: string[] = [];
afterAll(async () => {
  await Promise.all(lasting.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A workspace and runner temp directory; `lasting` ones survive until the file's tests end. */
export async function workspace(
  files: Record<string, string> = {},
  failures = 120,
  o: { lasting?: boolean } = {},
) {
  const dir = async (prefix: string) => {
    if (!o.lasting) return tempDir(prefix);
    const d = await mkdtemp(path.join(os.tmpdir(), prefix));
    lasting.push(d);
    return d;
  };
  const ws = await dir('pg-e2e-ws-');
  const temp = await dir('pg-e2e-runner-');
  await writeFiles(ws, {
    'package.json': '{"name":"permits"}',
    '.github/promotion-gate.yml': config(),
    'reports/junit.xml': junit(failures),
    ...files,
  });
  return { ws, temp };
}

/** The zip in Azurite holds exactly the files of the bundle directory, byte for byte. */
export async function expectArtifactIsBundle(
  azurite: Azurite,
  results: FakeResults,
  artifactId: string,
  bundleDir: string,
): Promise<Map<string, Buffer>> {
  const a = results.artifacts.find((x) => String(x.id) === artifactId);
  expect(a, `artifact ${artifactId} finalized`).toBeDefined();
  const zip = readZip(await azurite.readBlob(RESULTS_CONTAINER, a!.blob));
  const files = await listFiles(bundleDir);
  expect([...zip.keys()].sort()).toEqual(files);
  for (const f of files) expect(zip.get(f)!.equals(await readFile(path.join(bundleDir, f))), f).toBe(true);
  return zip;
}

export function expectAllValid(gh: FakeGitHub) {
  expect(
    gh.invalid().map((r) => `${r.method} ${r.path}: ${r.problems.join('; ')}`),
    'requests GitHub would reject',
  ).toEqual([]);
}
