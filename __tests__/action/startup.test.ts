import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ACTION, ROOT, runnerEnv } from '../e2e/harness/runner.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { testNode24, withoutNode24 } from '../helpers/node24.js';

/**
 * What a trivial run of the bundled action evaluates. The action starts on every job that uses
 * it, so a run that only validates the config must not load the parts it does not use: the
 * GitHub client (Octokit and its HTTP stack), the artifact client (Azure's blob client) or the
 * toolkit's core library (whose OpenID client pulls in an HTTP stack of its own). Each is
 * recognised in the bundle's chunks by text only it carries.
 */
const MARKERS = {
  'the GitHub client': 'octokit-core.js',
  'the artifact client': 'BlobClient',
  "the toolkit's OpenID client": 'ACTIONS_ID_TOKEN_REQUEST_URL',
  // Its own error class: our code may name undici in a comment without loading it.
  'an HTTP stack (undici)': 'class UndiciError',
};

const LIB = path.join(ROOT, 'dist/lib');

// Logs every file the process loads (Node 24's synchronous module hooks), to PG_LOADED.
const LOG_LOADS = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) appendFileSync(process.env.PG_LOADED, url + '\\n');
    return next(url, context);
  },
});`)}`;

async function chunks(files: string[]) {
  return Promise.all(files.map(async (f) => ({ f, text: await readFile(f, 'utf8') })));
}

describe('start-up of the bundled action', () => {
  it('validates a config without loading the GitHub client, the artifact client or an HTTP stack', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const ws = await tempDir('pg-ws-');
    const temp = await tempDir('pg-runner-');
    await writeFiles(ws, {
      'package.json': '{}',
      '.github/promotion-gate.yml':
        'version: 1\nprofiles:\n  dev: { checks: [files] }\nchecks:\n  files: { type: files, paths: [package.json] }\n',
    });
    const loaded = path.join(temp, 'loaded');
    const { env } = await runnerEnv({ workspace: ws, temp, inputs: { command: 'validate', profile: 'dev' } });
    const r = await promisify(execFile)(testNode24().path, ['--import', LOG_LOADS, ACTION], {
      cwd: ws,
      env: { ...env, PG_LOADED: loaded },
    });
    expect(r.stdout).toContain('is valid');

    const files = (await readFile(loaded, 'utf8'))
      .trim()
      .split('\n')
      .map((u) => fileURLToPath(u));
    const used = await chunks(files.filter((f) => f.startsWith(LIB + path.sep)));
    const all = await chunks(
      (await readdir(LIB)).filter((f) => f.endsWith('.js')).map((f) => path.join(LIB, f)),
    );
    expect(used.length).toBeGreaterThan(1);
    for (const [what, marker] of Object.entries(MARKERS)) {
      // The marker must name something the bundle has, or its absence would prove nothing.
      expect(
        all.some((c) => c.text.includes(marker)),
        `${what}: "${marker}" in dist/lib`,
      ).toBe(true);
      expect(
        used.filter((c) => c.text.includes(marker)).map((c) => path.basename(c.f)),
        `${what} is loaded`,
      ).toEqual([]);
    }
  });
});
