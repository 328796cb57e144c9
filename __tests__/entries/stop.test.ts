import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runner.js';
import { tempDir } from '../helpers/fs.js';
import { testNode24, withoutNode24 } from '../helpers/node24.js';
import { eventually, killAll, running, waitForPids } from '../helpers/processes.js';

// The program below runs the sources themselves in a child Node 24: its imports name `./x.js` for
// `./x.ts`, which this hook maps (Node strips the types; registerHooks is Node 22.15 and later).
const RESOLVE_TS = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (!/^\\.\\.?\\//.test(specifier) || !specifier.endsWith('.js')) throw err;
      return next(specifier.slice(0, -3) + '.ts', context);
    }
  },
});`)}`;

const src = (file: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'src', file)).href);
/** A front end in miniature: the stop signal, and a command run under it. */
const PROGRAM = `
import { stopSignal } from ${src('entries/stop.ts')};
import { createExec } from ${src('adapters/exec.ts')};
const stop = stopSignal();
await createExec().shell(process.env.COMMAND, { cwd: process.env.DIR, signal: stop.signal });
`;

/** Ignores SIGTERM, as do its children; writes its pid and its child's. */
const IGNORES_TERM = `: > pids
bash -c 'trap "" TERM; echo $$ >> pids; while :; do sleep 1; done' &
trap "" TERM
echo $$ >> pids
while :; do sleep 1; done`;

describe.runIf(process.platform === 'linux')('a second signal', () => {
  it('kills every process the checks started before the program exits', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir();
    const child = spawn(testNode24().path, ['--import', RESOLVE_TS, '--input-type=module', '-e', PROGRAM], {
      env: { ...process.env, COMMAND: IGNORES_TERM, DIR: dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    let pids: number[] = [];
    try {
      pids = await waitForPids(path.join(dir, 'pids'), 2);
      expect(pids).toHaveLength(2);
      child.kill('SIGTERM');
      // The second signal once the first was taken in (it says so), not after a fixed wait.
      expect(await eventually(() => stderr.includes('SIGTERM: stopping the checks'))).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(stderr).toContain('SIGTERM: stopping the checks');
      expect(await eventually(() => pids.every((p) => !running(p)))).toBe(true);
    } finally {
      child.kill('SIGKILL');
      killAll(pids);
    }
  });
});
