import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import type { HistoryStore } from '../history/types.js';
import type { CliIo } from './io.js';

/** `--history`, defaulting to $PROMOTION_GATE_HISTORY, then the local directory. */
export function historyOption(io: CliIo): Option {
  return new Option(
    '--history <store>',
    'where runs are remembered: dir[:PATH] (.promotion-gate/.history), git[:BRANCH[@REMOTE]], artifacts[:NAME] or off',
  ).default(io.env.PROMOTION_GATE_HISTORY || 'dir');
}

export async function openHistory(text: string, io: CliIo): Promise<HistoryStore | undefined> {
  const { createHistoryStore, parseHistorySpec } = await import('./commands.js');
  return createHistoryStore(parseHistorySpec(text, '--history'), { cwd: io.cwd, env: io.env });
}

/** For commands that only make sense with history. */
export async function requireHistory(text: string, io: CliIo, command: string): Promise<HistoryStore> {
  const store = await openHistory(text, io);
  if (!store) throw new UsageError(`${command} reads history: --history off leaves it nothing to read`);
  return store;
}
