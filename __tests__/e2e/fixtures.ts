import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
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

/**
 * A workspace and runner temp directory, removed after the test; made `under` a directory of the
 * caller's, they last until the caller removes it (a workspace set up before a file's tests).
 */
export async function workspace(
  files: Record<string, string> = {},
  failures = 120,
  o: { under?: string } = {},
) {
  const dir = (prefix: string) => (o.under ? mkdtemp(path.join(o.under, prefix)) : tempDir(prefix));
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
