// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, as ESM.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
const build = (entry, out) =>
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
build('src/entries/action.ts', 'dist');
build('src/entries/cli.ts', 'dist/cli');
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
rmSync('dist/cli/package.json', { force: true });
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
