import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../../src/cli/main.js';
import { type LoadedConfig, loadConfigFile, parseConfig } from '../../src/config/load.js';
import { checkEveryProfile, planGate } from '../../src/config/plan.js';
import { PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { initRepo } from '../helpers/git.js';

/**
 * The examples users copy are tested as the gate reads them: every config in examples/ and every
 * config block of the README loads, and every profile plans with the inputs it asks for.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG_KEYS = new Set([
  'version',
  'vars',
  'defaults',
  'decision',
  'profiles',
  'checks',
  'waivers',
  'aggregate',
  'environments',
  'notify',
]);

/** A value for every `${{ inputs.X }}` and `${{ env.X }}` the text names: URLs where a URL is meant. */
function valuesFor(text: string): { inputs: Record<string, string>; env: Record<string, string> } {
  const inputs: Record<string, string> = {};
  const env: Record<string, string> = {};
  for (const m of text.matchAll(/\$\{\{\s*(inputs|env)\.([A-Za-z0-9_-]+)/g)) {
    const value = /url|webhook|host/i.test(m[2]!) ? 'https://staging.example.com' : '0.6';
    if (m[1] === 'inputs') inputs[m[2]!] = value;
    else env[m[2]!] = value === '0.6' ? 'example-value-1234' : value;
  }
  return { inputs, env };
}

/** Loads, validates every profile (as `validate` does) and plans each one with its inputs given. */
function plansEveryProfile(loaded: LoadedConfig, text: string): string[] {
  checkEveryProfile(loaded);
  const values = valuesFor(text);
  const profiles = Object.keys(loaded.config.profiles);
  for (const p of profiles) planGate(loaded, p, values);
  return profiles;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.promotion-gate' && e.name !== 'node_modules')
      out.push(...(await yamlFiles(p)));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const isConfig = (doc: unknown) =>
  doc !== null &&
  typeof doc === 'object' &&
  !Array.isArray(doc) &&
  Object.keys(doc).some((k) => CONFIG_KEYS.has(k));

describe('every config in examples/', async () => {
  const files: string[] = [];
  for (const f of await yamlFiles(path.join(ROOT, 'examples')))
    if (isConfig(parse(await readFile(f, 'utf8')))) files.push(path.relative(ROOT, f));

  it('finds the examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'examples/demo/promotion-gate.yml',
        'examples/deploy/promotion-gate.yml',
        'examples/full/promotion-gate.yml',
        'examples/init/node-express.yml',
      ]),
    );
  });

  it.each(files)('%s loads, and every profile plans', async (rel) => {
    const text = await readFile(path.join(ROOT, rel), 'utf8');
    const loaded = await loadConfigFile(path.join(ROOT, rel), rel);
    expect(plansEveryProfile(loaded, text).length).toBeGreaterThan(0);
  });
});

interface Block {
  line: number;
  text: string;
}

async function readmeYamlBlocks(): Promise<Block[]> {
  const lines = (await readFile(path.join(ROOT, 'README.md'), 'utf8')).split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** Mappings merged key by key, the fragment's values over the host's. */
function merge(host: unknown, part: unknown): unknown {
  if (
    host &&
    part &&
    typeof host === 'object' &&
    typeof part === 'object' &&
    !Array.isArray(host) &&
    !Array.isArray(part)
  ) {
    const out: Record<string, unknown> = { ...(host as Record<string, unknown>) };
    for (const [k, v] of Object.entries(part)) out[k] = Object.hasOwn(out, k) ? merge(out[k], v) : v;
    return out;
  }
  return part;
}

describe('the README’s YAML', async () => {
  const blocks = await readmeYamlBlocks();
  const configs = blocks.filter((b) => isConfig(parse(b.text)));
  const workflows = blocks.filter((b) => !isConfig(parse(b.text)));
  // The main example of the Configuration section is a whole config; other blocks are parts of one.
  const host = configs.find((b) => /^version:/m.test(b.text));

  it('has config blocks, a whole one among them, and workflow blocks', () => {
    expect(configs.length).toBeGreaterThan(5);
    expect(host).toBeDefined();
    expect(workflows.length).toBeGreaterThan(2);
  });

  it.each(configs.map((b) => [b.line, b] as const))(
    'the config block at README.md:%i validates (a part of a config, on top of the main example)',
    (line, b) => {
      const doc = /^version:/m.test(b.text) ? parse(b.text) : merge(parse(host!.text), parse(b.text));
      const text = stringify(doc);
      const loaded = parseConfig(`README.md:${line}`, text);
      expect(plansEveryProfile(loaded, `${host!.text}\n${b.text}`).length).toBeGreaterThan(0);
    },
  );

  it.each(workflows.map((b) => [b.line, b] as const))(
    'the workflow block at README.md:%i is YAML with jobs',
    (_line, b) => {
      const doc = parse(b.text) as { jobs?: Record<string, unknown> };
      expect(doc.jobs && typeof doc.jobs === 'object').toBe(true);
    },
  );
});

describe('examples/full runs', () => {
  it('as a repository of its own: the dev profile promotes, the prod profile judges the benchmark', async () => {
    const dir = await tempDir('pg-example-full-');
    await cp(path.join(ROOT, 'examples/full'), dir, { recursive: true });
    initRepo(dir);
    const cli = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: PLAIN_ENV,
        cwd: dir,
      });
      return { code, stdout, stderr };
    };
    const config = ['--config', 'promotion-gate.yml', '--base', 'HEAD', '--history', 'off'];
    const dev = await cli(['gate', '-p', 'dev', ...config]);
    expect(dev.stderr).toMatch(/✔ secrets\s+pass/);
    expect(dev.stderr).toMatch(/✔ licenses\s+pass/);
    expect(dev.stdout).toContain('PROMOTE dev');
    expect(dev.code).toBe(0);
    const prod = await cli(['gate', '-p', 'prod', ...config]);
    expect(prod.stderr).toMatch(/kb-benchmark\s+\w+\s+\d\/5/);
    expect(prod.stderr).toMatch(/✔ e2e\s+pass/);
  });
});
