import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShortstat } from '../../src/change/source.js';
import { enableThreads } from '../../src/adapters/threads.js';
import { ThreadBatch } from '../../src/change/thread.js';
import { scanArgs } from '../../src/change/stream.js';
import type { ChangeRange, ChangeSource, PortableScan } from '../../src/change/types.js';
import {
  type SecretsScanOptions,
  type SecretsScanResult,
  secretsScan,
} from '../../src/checks/secrets/portable.js';
import { tempDir } from '../helpers/fs.js';
import { countingGit, diffs } from './countingGit.js';
import { Planter } from './plant.js';
import { commit, makeRepo, PLAIN_ENV, source } from './repo.js';

/**
 * Scan threads run the built bundle (dist/lib/index.js, which CI rebuilds and compares with the
 * committed one): the thread side is the bundled code, the main side these sources.
 */
const BUNDLE = pathToFileURL(path.resolve('dist/lib/index.js')).href;

afterEach(() => enableThreads(undefined));

const OPTIONS: SecretsScanOptions = {
  disableRules: [],
  rules: [{ id: 'house-key', pattern: 'HOUSE-(?<secret>[0-9]{6}-[A-Z]{6})', keywords: ['house-'] }],
  minEntropy: 3,
  allowPatterns: [],
  inlineMarkers: ['promotion-gate:allow-secret'],
  allowPaths: ['fixtures/**'],
  maxHits: 20_000,
};

const secrets = (options: SecretsScanOptions = OPTIONS): PortableScan => ({
  kind: 'secrets',
  options,
  factory: secretsScan,
});

/** A change holding every kind of secret, a private key over several lines and an allowed file. */
async function repoWithSecrets(): Promise<{ dir: string; base: string; head: string }> {
  const dir = await tempDir();
  const p = new Planter(7);
  const base = await makeRepo(dir, { 'README.md': '# r\n', 'src/keep.ts': 'export const a = 1;\n' });
  const files: Record<string, string> = {};
  for (const k of p.kinds()) files[k.file] = `${files[k.file] ?? ''}${k.line}\n`;
  files['keys/deploy.pem'] = p.pem().text;
  files['fixtures/sample.env'] = `TOKEN=${p.kinds()[0]!.secret}\n`;
  files['src/house.ts'] =
    `const k = "HOUSE-123456-ABCDEF";\nconst ok = 1; // promotion-gate:allow-secret HOUSE-654321-FEDCBA\n`;
  files['src/keep.ts'] = 'export const a = 2;\nexport const b = 3;\n';
  const head = await commit(dir, files);
  return { dir, base, head };
}

async function scanBoth(change: () => ChangeSource, scan: PortableScan) {
  const events: unknown[] = [];
  const out = await change().scanPortable(scan, { onEvent: (e) => events.push(e) });
  return { ...out, events };
}

describe('what a scan thread loads', () => {
  it('a scan that finds nothing loads nothing of node:crypto (hashing waits for a finding)', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'README.md': '# r\n' });
    const head = await commit(dir, { 'src/a.ts': 'export const a = 1;\n'.repeat(50) });
    const out = path.join(dir, 'loaded.json');
    const { Worker } = await import('node:worker_threads');
    // A thread as ThreadBatch starts one, which writes the modules it loaded when it exits (the
    // listener is the thread's own: this process is not touched).
    const worker = new Worker(
      `process.addListener('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));
       import(${JSON.stringify(BUNDLE)}).then((m) => m.scanThread());`,
      {
        eval: true,
        workerData: { visitors: [{ kind: 'secrets', options: OPTIONS }] },
      },
    );
    const messages: { t: string }[] = [];
    worker.on('message', (m: { t: string }) => messages.push(m));
    worker.postMessage({
      t: 'go',
      git: { args: scanArgs({ base, head } as ChangeRange), cwd: dir, env: PLAIN_ENV },
    });
    await new Promise((resolve, reject) => {
      worker.once('exit', resolve);
      worker.once('error', reject);
    });
    expect(messages.map((m) => m.t)).toEqual(['done', 'end']);
    const loaded = JSON.parse(await readFile(out, 'utf8')) as string[];
    expect(loaded).toContain('NativeModule child_process');
    expect(loaded.filter((m) => /crypto/.test(m))).toEqual([]);
  });
});

describe('a portable scan on a scan thread', () => {
  it('finds, counts and reports exactly what the same scan finds on the main thread', async () => {
    const { dir, base, head } = await repoWithSecrets();
    const here = await scanBoth(() => source(dir, { base, head }), secrets());
    enableThreads(BUNDLE);
    const there = await scanBoth(() => source(dir, { base, head }), secrets());
    const result = there.result as SecretsScanResult;
    expect(result.hits.length).toBeGreaterThan(20);
    expect(result.hits.map((h) => h.rule)).toContain('private-key');
    expect(result.hits.map((h) => h.rule)).toContain('house-key');
    expect(result.skippedFiles).toEqual(['fixtures/sample.env']);
    expect(there).toEqual(here);
    // Every value is handed over as found, a key's body whole.
    expect(there.events).toHaveLength(result.total);
    expect(there.events.some((e) => (e as { body?: string }).body?.includes('\n'))).toBe(true);
  });

  it("gives the diff's size from its own stream, so the whole diff is not diffed twice", async () => {
    const { dir, base, head } = await repoWithSecrets();
    const g = await countingGit();
    enableThreads(BUNDLE);
    const change = source(dir, { base, head, env: g.env });
    const [stat] = await Promise.all([change.stat!(), change.scanPortable(secrets())]);
    const expected = execFileSync('git', ['diff', '--shortstat', '-M', base, head], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(stat).toEqual(parseShortstat(expected));
    expect(diffs(await g.calls(), '--shortstat').filter((c) => !c.includes('--diff-filter=D'))).toEqual([]);
    change.close();
  });

  it('serves the scans asked for together from one thread and one git', async () => {
    const { dir, base, head } = await repoWithSecrets();
    const g = await countingGit();
    enableThreads(BUNDLE);
    const change = source(dir, { base, head, env: g.env });
    const strict = { ...OPTIONS, minEntropy: 2, allowPaths: [] };
    const [a, b] = await Promise.all([change.scanPortable(secrets()), change.scanPortable(secrets(strict))]);
    expect(diffs(await g.calls(), '-U0')).toHaveLength(1);
    // Each has its own options: the strict one scans the allowed file too.
    expect((a.result as SecretsScanResult).skippedFiles).toEqual(['fixtures/sample.env']);
    expect((b.result as SecretsScanResult).skippedFiles).toEqual([]);
    expect((b.result as SecretsScanResult).total).toBeGreaterThan((a.result as SecretsScanResult).total);
    // One asked for later gets a thread of its own.
    await change.scanPortable(secrets());
    expect(diffs(await g.calls(), '-U0')).toHaveLength(2);
    change.close();
  });

  it('stops one scan when its check stops, and the others still finish', async () => {
    const { dir, base, head } = await repoWithSecrets();
    enableThreads(BUNDLE);
    const change = source(dir, { base, head });
    const stop = new AbortController();
    const stopped = change.scanPortable(secrets(), { signal: stop.signal });
    const kept = change.scanPortable(secrets());
    stop.abort(new Error('check timed out'));
    await expect(stopped).rejects.toThrow('check timed out');
    expect(((await kept).result as SecretsScanResult).total).toBeGreaterThan(20);
    change.close();
  });

  it('fails the scan, never passes it, when the thread cannot build or feed its visitor', async () => {
    const { dir, base, head } = await repoWithSecrets();
    enableThreads(BUNDLE);
    const range = await source(dir, { base, head }).range();
    const batch = new ThreadBatch({
      git: { args: ['diff', '-U0', range.base, range.head], cwd: dir, env: PLAIN_ENV },
    });
    const unknown = batch.add({ kind: 'constructor', options: {} }, () => undefined);
    const broken = batch.add(
      { kind: 'secrets', options: { ...OPTIONS, rules: [{ id: 'x', pattern: '(' }] } },
      () => undefined,
    );
    const failing = batch.add({ kind: 'secrets', options: OPTIONS }, () => {
      throw new Error('cannot register');
    });
    batch.start();
    await expect(unknown).rejects.toThrow('no scan named "constructor"');
    await expect(broken).rejects.toThrow(/Invalid regular expression/);
    await expect(failing).rejects.toThrow('cannot register');
  });

  it('starts before its git is known (the range still being resolved) and runs git when it comes', async () => {
    const { dir, base, head } = await repoWithSecrets();
    enableThreads(BUNDLE);
    const range = await source(dir, { base, head }).range();
    const args = ['diff', '-U0', '--diff-filter=d', range.base, range.head];
    const run = async (given: string[] | Promise<string[]>) => {
      const git = Promise.resolve(given).then((a) => ({ args: a, cwd: dir, env: PLAIN_ENV }));
      const batch = new ThreadBatch({
        git: Array.isArray(given) ? { args: given, cwd: dir, env: PLAIN_ENV } : git,
      });
      const scan = batch.add({ kind: 'secrets', options: OPTIONS }, () => undefined);
      batch.start();
      return scan;
    };
    const later = new Promise<string[]>((resolve) => setTimeout(() => resolve(args), 300));
    const scan = await run(later);
    expect((scan.result as SecretsScanResult).total).toBeGreaterThan(20);
    expect(scan).toEqual(await run(args));

    // The thread builds its scans before its git comes: a scan it cannot build fails while it is
    // still awaited.
    let give!: (a: string[]) => void;
    const awaited = new Promise<string[]>((resolve) => (give = resolve));
    const batch = new ThreadBatch({ git: awaited.then((a) => ({ args: a, cwd: dir, env: PLAIN_ENV })) });
    const unknown = batch.add({ kind: 'no-such-scan', options: {} }, () => undefined);
    const known = batch.add({ kind: 'secrets', options: OPTIONS }, () => undefined);
    batch.start();
    await expect(unknown).rejects.toThrow('no scan named "no-such-scan"');
    give(args);
    expect(((await known).result as SecretsScanResult).total).toBe((scan.result as SecretsScanResult).total);
  });

  it('fails every scan with the reason when the range cannot be resolved, after its thread started', async () => {
    enableThreads(BUNDLE);
    const batch = new ThreadBatch({ git: Promise.reject(new Error('no base revision to compare with')) });
    const one = batch.add({ kind: 'secrets', options: OPTIONS }, () => undefined);
    const two = batch.add({ kind: 'secrets', options: OPTIONS }, () => undefined);
    batch.start();
    await expect(one).rejects.toThrow('no base revision to compare with');
    await expect(two).rejects.toThrow('no base revision to compare with');
  });

  it('reports git failing on the thread as the scan failing', async () => {
    const { dir } = await repoWithSecrets();
    enableThreads(BUNDLE);
    const batch = new ThreadBatch({
      git: { args: ['diff', '-U0', 'no-such-rev', 'HEAD'], cwd: dir, env: PLAIN_ENV },
    });
    const scan = batch.add({ kind: 'secrets', options: OPTIONS }, () => undefined);
    batch.start();
    await expect(scan).rejects.toThrow(/git diff failed/);
  });
});
