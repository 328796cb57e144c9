import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  dev: { checks: [files] }
checks:
  files: { type: files, paths: [package.json] }
`;

async function gate(): Promise<{ out: string; id: string; md: string }> {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', '.github/promotion-gate.yml': CONFIG });
  let stdout = '';
  const code = await runCli(['gate', '-p', 'dev'], {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    env: process.env,
    cwd: dir,
  });
  expect(code).toBe(0);
  const out = path.join(dir, '.promotion-gate', 'dev');
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as {
    bundle: { id: string };
  };
  expect(stdout).toContain(`bundle: ${report.bundle.id}`);
  return { out, id: report.bundle.id, md: await readFile(path.join(out, 'report.md'), 'utf8') };
}

describe('report.md names its bundle', () => {
  it('the CLI’s report.md ends with the bundle id and how to check it, and still verifies', async () => {
    const { out, id, md } = await gate();
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      `<sub>evidence bundle \`${id}\` · check it: \`npx promotion-gate verify <folder> --bundle-id ${id}\`</sub>`,
    );
    expect(await verifyBundle(out, id)).toMatchObject({ ok: true, problems: [] });
  });

  it('an edit to the report above that line, or to the line, does not verify', async () => {
    const { out, id, md } = await gate();
    const file = path.join(out, 'report.md');
    await writeFile(file, md.replace('✅ Promote', '✅ Promoted'));
    expect((await verifyBundle(out)).problems.map((p) => `${p.kind} ${p.path}`)).toEqual([
      'changed report.md',
    ]);
    const other = `sha256:${'0'.repeat(64)}`;
    await writeFile(file, md.replaceAll(id, other));
    expect((await verifyBundle(out)).problems).toEqual([
      expect.objectContaining({ kind: 'bundle-id', path: 'report.md' }),
    ]);
    await writeFile(file, md.slice(0, md.lastIndexOf('\n<sub>evidence bundle')));
    expect((await verifyBundle(out)).problems).toEqual([
      expect.objectContaining({ kind: 'changed', path: 'report.md' }),
    ]);
    await writeFile(file, `${md}appended\n`);
    expect((await verifyBundle(out)).problems).toEqual([
      expect.objectContaining({ kind: 'changed', path: 'report.md' }),
    ]);
    await writeFile(file, md);
    expect((await verifyBundle(out)).ok).toBe(true);
  });
});
