import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { enableThreads, runJob } from '../../src/adapters/threads.js';
import { runGate } from '../../src/app/gate.js';
import { parseCoverage, readCoverage } from '../../src/checks/command/coverage.js';
import { parseJUnit, readJUnit } from '../../src/checks/evidence/junit.js';
import { parseEvidence } from '../../src/checks/evidence/parse.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';
import { startServer } from '../helpers/servers.js';

/**
 * Large reports are parsed on a thread of the built bundle (dist/lib/index.js, which CI rebuilds
 * and compares with the committed one): the thread side is the bundled code, the main side these
 * sources.
 */
const BUNDLE = pathToFileURL(path.resolve('dist/lib/index.js')).href;

afterEach(() => enableThreads(undefined));

/** YAML the parser takes seconds over: a list of 20,000 small mappings (≈1.3 MB). */
const bigYaml = () => yamlOf(20_000);

/**
 * YAML of `n` small mappings. 1,200 of them (≈77 KB) are past the size from which YAML goes to a
 * thread, and parsed in a few tens of milliseconds.
 */
function yamlOf(n: number): string {
  const lines = ['status: pass', 'items:'];
  for (let i = 0; i < n; i++)
    lines.push(`  - { id: ${i}, name: "item number ${i}", ok: true, score: ${i % 100} }`);
  return `${lines.join('\n')}\n`;
}

/** A JUnit report over 4 MiB whose failures name places only in their text, some in the workspace. */
function bigJUnit(): string {
  const cases: string[] = [];
  for (let i = 0; i < 48_000; i++) {
    const failure =
      i % 1000 === 7
        ? `<failure message="expected ${i}">AssertionError: expected ${i}\n    at vendor/lib/x.js:${i}:3\n    at src/mod${i}.test.ts:${i + 1}:5</failure>`
        : '';
    cases.push(
      `<testcase classname="pkg.Mod${i % 40}" name="case number ${i} does its thing" time="0.01">${failure}</testcase>`,
    );
  }
  return `<?xml version="1.0"?>\n<testsuites timestamp="2026-03-10T12:00:00Z"><testsuite name="unit">${cases.join('\n')}</testsuite></testsuites>\n`;
}

/** A Cobertura report over 4 MiB: 120,000 lines, two thirds of them hit. */
function bigCobertura(): string {
  const lines: string[] = [];
  for (let i = 0; i < 120_000; i++) lines.push(`<line number="${i}" hits="${i % 3}" branch="false"/>`);
  return `<?xml version="1.0"?>\n<coverage line-rate="0.6667" branch-rate="0.5" lines-covered="80000" lines-valid="120000"><packages><package name="p"><classes><class name="c" filename="src/c.ts"><lines>${lines.join('\n')}</lines></class></classes></package></packages></coverage>\n`;
}

describe('reports parsed on a thread', () => {
  it('a report parsed for seconds leaves the main thread free: a live probe beside it ends in time', async () => {
    enableThreads(BUNDLE);
    // It answers after the report has begun to be parsed.
    const server = await startServer((_req, res) => void setTimeout(() => res.end('ok'), 300));
    const dir = await tempDir();
    await writeFiles(dir, {
      'reports/data.yml': bigYaml(),
      'pg.yml': `version: 1
profiles: { prod: { checks: [data, live] } }
checks:
  data: { type: evidence, file: reports/data.yml, assert: ['status == "pass"'] }
  live: { type: http, url: '${server.url}/health', timeout: 1s, expect: { status: 200 } }
`,
    });
    const run = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: {},
      cwd: dir,
      logger: silentLogger,
    });
    const status = Object.fromEntries(run.report.checks.map((c) => [c.id, `${c.status}: ${c.summary}`]));
    expect(status.live).toMatch(/^pass: /);
    expect(status.data).toMatch(/^pass: reports\/data\.yml \(yaml, /);
    expect(run.report.verdict).toBe('promote');
  });

  it('a JUnit report read on a thread is what it is here, each failure placed in the workspace', async () => {
    const xml = bigJUnit();
    expect(xml.length).toBeGreaterThan(4 * 1024 * 1024);
    const exists = (file: string) => file.startsWith('src/');
    const here = await parseJUnit(xml, exists);
    expect(here.failed.map((c) => `${c.file}:${c.line}`).slice(0, 2)).toEqual([
      'src/mod7.test.ts:8',
      'src/mod1007.test.ts:1008',
    ]);
    enableThreads(BUNDLE);
    const there = await readJUnit(xml, exists);
    // Field for field, in the same order: the report and its evidence read the same either way.
    expect(JSON.stringify(there)).toBe(JSON.stringify(here));
    expect(JSON.stringify(await readJUnit(xml))).toBe(JSON.stringify(await parseJUnit(xml)));
    // Read from its file, a report goes to the thread as its bytes, moved there rather than copied.
    const bytes = Buffer.from(xml);
    expect(JSON.stringify(await readJUnit(bytes, exists))).toBe(JSON.stringify(here));
    expect(bytes.byteLength).toBe(0);
  });

  it('a JUnit evidence file read on a thread, from its bytes, is what it is here: counts, failures, timestamp', async () => {
    const xml = bigJUnit();
    const bytes = Buffer.from(xml);
    const here = await parseEvidence('junit', xml);
    expect(here).toMatchObject({ tests: 48_000, failures: 48, timestamp: '2026-03-10T12:00:00Z' });
    enableThreads(BUNDLE);
    expect(JSON.stringify(await parseEvidence('junit', bytes))).toBe(JSON.stringify(here));
    // Copied to the thread, not moved: the check still digests and keeps the file it read.
    expect(bytes.byteLength).toBe(xml.length);
    const dir = await tempDir();
    await writeFiles(dir, { 'reports/junit.xml': xml });
    const r = await runCheck(
      'evidence',
      { file: 'reports/junit.xml', assert: ['tests == 48000'] },
      { cwd: dir },
    );
    expect(r).toMatchObject({ status: 'pass', metrics: { tests: 48_000, failures: 48 } });
  });

  it('a coverage report read on a thread gives the same figures', async () => {
    const xml = bigCobertura();
    expect(xml.length).toBeGreaterThan(4 * 1024 * 1024);
    const here = await parseCoverage(xml, 'cobertura');
    enableThreads(BUNDLE);
    expect(await readCoverage(xml, 'cobertura')).toEqual(here);
    expect(here.pct.lines).toBe(66.67);
  });

  it('goes to a thread from the size where parsing costs more than starting one, not below it', async () => {
    // A bundle no thread can load: whatever goes to a thread fails, whatever stays here does not.
    enableThreads(pathToFileURL(path.resolve('no-such-bundle.js')).href);
    await expect(readJUnit(bigJUnit())).rejects.toThrow();
    await expect(readCoverage(bigCobertura(), 'cobertura')).rejects.toThrow();
    await expect(parseEvidence('yaml', 'a: 1\n'.repeat(20_000))).rejects.toThrow();
    expect(await readJUnit('<testsuite name="s"><testcase name="a"/></testsuite>')).toMatchObject({
      tests: 1,
      passed: 1,
    });
    expect(await readCoverage('TN:\nSF:a.ts\nLF:2\nLH:1\nend_of_record\n', 'lcov')).toMatchObject({
      pct: { lines: 50 },
    });
    expect(await parseEvidence('yaml', 'a: 1\n')).toEqual({ a: 1 });
    expect(await parseEvidence('json', JSON.stringify({ big: 'x'.repeat(2 * 1024 * 1024) }))).toMatchObject({
      big: expect.any(String),
    });
  });

  it('evidence its thread could not read is an error saying so, not a file called invalid', async () => {
    enableThreads(pathToFileURL(path.resolve('no-such-bundle.js')).href);
    const dir = await tempDir();
    const yaml = yamlOf(1_200);
    expect(yaml.length).toBeGreaterThan(64 * 1024);
    await writeFiles(dir, { 'reports/data.yml': yaml });
    const r = await runCheck('evidence', { file: 'reports/data.yml' }, { cwd: dir });
    expect(r.status).toBe('error');
    expect(r.summary).toMatch(/its thread (failed|ended)/);
    expect(r.summary).not.toMatch(/not valid/);
    // A file that does not parse is still called invalid, from its thread as from here.
    enableThreads(BUNDLE);
    await writeFiles(dir, { 'reports/data.yml': `${yaml}broken: [1, 2\n` });
    const bad = await runCheck('evidence', { file: 'reports/data.yml' }, { cwd: dir });
    expect(`${bad.status}: ${bad.summary}`).toMatch(/^fail: reports\/data\.yml is not valid YAML/);
  });

  it('a job that fails says why; one stopped ends with its reason', async () => {
    enableThreads(BUNDLE);
    await expect(runJob('evidence', { format: 'yaml', content: 'a: [1, 2' })).rejects.toThrow(
      /flow sequence|Missing/i,
    );
    await expect(runJob('nothing', {})).rejects.toThrow('no job named "nothing"');
    const stop = new AbortController();
    const running = runJob('evidence', { format: 'yaml', content: bigYaml() }, { signal: stop.signal });
    stop.abort(new Error('the check timed out'));
    await expect(running).rejects.toThrow('the check timed out');
  });
});
