import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The published package is what `npx promotion-gate` runs: the bundled CLI, its licenses and the
 * config's JSON Schema (for `$schema=…/node_modules/promotion-gate/schema/…`), and nothing of the
 * repository's tests, benchmarks, sources or examples.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the npm package', () => {
  it('packs the CLI bundle, its licenses and the schema, and nothing else', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      env: { ...process.env, npm_config_loglevel: 'silent' },
    });
    const files = (JSON.parse(stdout) as { files: { path: string; mode: number }[] }[])[0]!.files;
    const paths = files.map((f) => f.path);
    const outside = paths.filter(
      (p) =>
        !/^dist\//.test(p) &&
        !['LICENSE', 'README.md', 'package.json', 'schema/promotion-gate.schema.json'].includes(p),
    );
    expect(outside).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/licenses.txt', 'schema/promotion-gate.schema.json']),
    );
    const bin = files.find((f) => f.path === 'dist/cli/index.js')!;
    expect(bin.mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(ROOT, 'dist/cli/index.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('is published publicly with provenance, from its repository, as the promotion-gate command', () => {
    expect(pkg).toMatchObject({
      bin: { 'promotion-gate': 'dist/cli/index.js' },
      publishConfig: { access: 'public', provenance: true },
      repository: { type: 'git', url: 'git+https://github.com/promotion-gate/promotion-gate.git' },
    });
    expect((pkg.engines as Record<string, string>).node).toMatch(/^>=\d+/);
  });
});
