import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandCheck } from '../../src/checks/command/command.js';
import { runChecks } from '../../src/engine/runChecks.js';
import { engineDeps, planned } from '../helpers/engine.js';
import { tempDir } from '../helpers/fs.js';
import { killAll, readPids, running, waitForPids } from '../helpers/processes.js';

/** A command that outlives any timeout and leaves children no process-group kill reaches. */
const STUBBORN = `: > pids
setsid bash -c 'echo $$ >> pids; exec sleep 311' >/dev/null 2>&1 &
bash -c 'trap "" TERM; echo $$ >> pids; while :; do sleep 1; done' &
( nohup bash -c 'echo $$ >> pids; exec sleep 312' >/dev/null 2>&1 & )
until [ "$(wc -l < pids)" -ge 3 ]; do sleep 0.05; done
trap "" TERM
echo $$ >> pids
sleep 313`;

describe.runIf(process.platform === 'linux')('engine: a check ends with every process it started', () => {
  it('at its timeout: setsid, TERM-ignoring and double-forked children are gone when the result is in', async () => {
    const dir = await tempDir();
    let pids: number[] = [];
    try {
      const [r] = await runChecks(
        [planned('stubborn', 'command', commandCheck.fields.parse({ run: STUBBORN }), { timeoutMs: 1500 })],
        engineDeps(dir),
        { concurrency: 1, gateTimeoutMs: 60_000 },
      );
      pids = await readPids(path.join(dir, 'pids'));
      expect(r).toMatchObject({ status: 'error', error: 'timed out after 1.50s' });
      expect(pids).toHaveLength(4);
      expect(pids.filter(running)).toEqual([]);
    } finally {
      killAll(pids);
    }
  });

  it('when the gate is stopped (Ctrl-C)', async () => {
    const dir = await tempDir();
    const stop = new AbortController();
    let pids: number[] = [];
    try {
      const results = runChecks(
        [planned('stubborn', 'command', commandCheck.fields.parse({ run: STUBBORN }), { timeoutMs: 60_000 })],
        engineDeps(dir),
        { concurrency: 1, gateTimeoutMs: 60_000, signal: stop.signal },
      );
      // Stop once the command has started everything it starts.
      expect(await waitForPids(path.join(dir, 'pids'), 4)).toHaveLength(4);
      stop.abort(new Error('stopped by SIGINT'));
      const [r] = await results;
      pids = await readPids(path.join(dir, 'pids'));
      expect(r).toMatchObject({ status: 'error', error: 'stopped by SIGINT' });
      expect(pids.filter(running)).toEqual([]);
    } finally {
      killAll(pids);
    }
  });
});
