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
// ncc relocates paths it finds on this machine into the bundle (`__nccwpck_require__.ab + …`):
// the bundle has no assets, so any such use is a build-machine path baked in by mistake.
for (const file of ['dist/index.js', 'dist/cli/index.js']) {
  const uses = readFileSync(file, 'utf8').match(/__nccwpck_require__\.ab \+ "[^"]*"/g);
  if (uses) {
    console.error(`${file}: the bundler rewrote a path as a build-machine asset: ${uses.join(', ')}`);
    process.exit(1);
  }
}
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
