// Bundles the action and the CLI with ncc, as ESM, into ONE bundle: dist/lib/index.js (from
// src/entries/main.ts) and its lazily loaded chunks. Two bundles would carry the same chunks twice.
// The paths the outside world knows stay put, as two stubs written here:
//   dist/index.js      the action (action.yml runs.main)  → action()
//   dist/cli/index.js  the CLI (package.json bin)         → cli(argv)
//
// `node scripts/build.mjs --out DIR` builds into DIR instead (a private build to measure or try).
// Either way the bundle is written beside the target and moved into place when complete: a failed
// or interrupted build never leaves a half-written or missing dist/.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toAscii } from './ascii.mjs';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const target = path.resolve(args.out);
const out = `${target}.building-${process.pid}`;
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    ncc,
    'build',
    'src/entries/main.ts',
    '-o',
    path.join(out, 'lib'),
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022',
  ],
  { stdio: 'inherit' },
);
// dist/package.json makes every .js below it ESM; the licenses stay where they always were.
rmSync(path.join(out, 'lib/package.json'), { force: true });
renameSync(path.join(out, 'lib/licenses.txt'), path.join(out, 'licenses.txt'));
writeFileSync(path.join(out, 'package.json'), '{\n  "type": "module"\n}\n');

// The CLI stub enables Node's compile cache (Node ≥ 22.1; Node 20 has none, hence `?.`) before it
// imports the bundle: V8's compiled code is kept in NODE_COMPILE_CACHE, else
// os.tmpdir()/node-compile-cache (never the workspace), and later runs skip compiling it. Measured
// (`npm run bench:startup`): `--version` ≈10–15% faster with the cache, ≈0–5% slower while it is
// being written. The action stub does not: a hosted runner starts every job on a fresh machine,
// so the cache would always be empty (validate: +9% empty, −7% warm).
const origin = '// Written by scripts/build.mjs: the code is in dist/lib (src/entries/main.ts).';
writeFileSync(
  path.join(out, 'index.js'),
  `// The action (action.yml runs.main).
${origin}
const { action } = await import('./lib/index.js');
await action();
`,
);
mkdirSync(path.join(out, 'cli'));
writeFileSync(
  path.join(out, 'cli/index.js'),
  `#!/usr/bin/env node
// The promotion-gate CLI (package.json bin).
${origin}
import module from 'node:module';
module.enableCompileCache?.();
const { cli } = await import('../lib/index.js');
await cli(process.argv.slice(2));
`,
);
chmodSync(path.join(out, 'cli/index.js'), 0o755);

const fail = (message) => {
  console.error(message);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
};
const emitted = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js'));
for (const file of emitted) {
  const where = path.join(args.out, file);
  const text = readFileSync(path.join(out, file), 'utf8');
  // ncc relocates paths it finds on this machine into the bundle (`__nccwpck_require__.ab + …`, or
  // `__webpack_require__.ab + …` in a lazily loaded chunk):
  // the bundle has no assets, so any such use is a build-machine path baked in by mistake.
  const uses = text.match(/__(?:nccwpck|webpack)_require__\.ab \+ "[^"]*"/g);
  if (uses) fail(`${where}: the bundler rewrote a path as a build-machine asset: ${uses.join(', ')}`);
  // Written as ASCII, which Node decodes and V8 scans faster (scripts/ascii.mjs).
  const ascii = toAscii(text, where);
  if (ascii.text === undefined) fail(`cannot write the bundle as ASCII:\n${ascii.problems.join('\n')}`);
  if (ascii.text !== text) writeFileSync(path.join(out, file), ascii.text);
}
if (existsSync(target)) rmSync(target, { recursive: true, force: true });
renameSync(out, target);
