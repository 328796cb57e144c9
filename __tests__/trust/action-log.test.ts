import { describe, expect, it } from 'vitest';
import { createActionLogger } from '../../src/action/logger.js';
import type { CheckResult } from '../../src/core/types.js';

/** The workflow commands a GitHub runner knows (it acts on no other name). */
const COMMANDS = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
];

interface Acted {
  command: string;
  data: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/**
 * What a runner would act on in a step log, read line by line the way it reads one: a command is
 * `::name props::data` once leading blanks are trimmed, or the older `##[name props]data`
 * anywhere in a line; between `::stop-commands::T` and `::T::` nothing else is acted on.
 */
function actedOn(log: string): Acted[] {
  const registered = new Set(COMMANDS);
  const acted: Acted[] = [];
  let stopToken: string | undefined;
  const parse = (line: string): Acted | undefined => {
    const t = line.trimStart();
    if (t.startsWith('::')) {
      const end = t.indexOf('::', 2);
      const name = end < 0 ? '' : t.slice(2, end).split(' ')[0]!;
      if (registered.has(name.toLowerCase())) return { command: name, data: unescapeData(t.slice(end + 2)) };
    }
    const at = line.indexOf('##[');
    const rb = at < 0 ? -1 : line.indexOf(']', at);
    const name = rb < 0 ? '' : line.slice(at + 3, rb).split(' ')[0]!;
    if (registered.has(name.toLowerCase())) return { command: name, data: line.slice(rb + 1) };
    return undefined;
  };
  for (const line of log.split(/\r\n|\r|\n/)) {
    const cmd = parse(line);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      if (cmd.command.toLowerCase() === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    if (cmd.command === 'stop-commands') {
      stopToken = cmd.data.toLowerCase();
      registered.add(stopToken);
    }
    acted.push(cmd);
  }
  return acted;
}

/** Runs `fn` with the process's stdout — what the runner reads — captured. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

const hostile = [
  '::error file=src/app.ts,line=1::injected annotation',
  '::stop-commands::pwned',
  '  ::warning::indented',
  'before\r::set-output name=verdict::promote',
  'text ##[error]old-style command',
  '::add-mask::not-ours',
].join('\n');

function result(): CheckResult {
  return {
    id: 'smoke',
    type: 'command',
    category: 'safety',
    enforcement: 'scored',
    onError: 'fail',
    status: 'fail',
    score: 1,
    summary: `exited 1: ${hostile.split('\n')[0]}`,
    durationMs: 12,
    findings: [{ level: 'failure', message: `exited with 1:\n${hostile}` }],
    metrics: {},
    evidence: ['evidence/smoke/output.log'],
  };
}

describe('the action logger relays text without the runner acting on it', () => {
  it('workflow commands in check output, messages and logs are shown, never run; our own still work', () => {
    const log = stdoutOf(() => {
      const logger = createActionLogger();
      logger.checkFinished(result(), [`$ ./smoke.sh`, ...hostile.split('\n')]);
      logger.info(`note: ${hostile}`);
      // Masks issued after relayed `::stop-commands::` must still be acted on.
      logger.mask('Sup3rSecretValue9');
      logger.mask('line-one-Qw8zXc\nline-two-Lp4vBn');
      logger.warn(`one annotation:\n::error::not a second one`);
    });
    const acted = actedOn(log).filter((c) => !['group', 'endgroup'].includes(c.command));
    const stops = acted.filter((c) => c.command === 'stop-commands');
    for (const s of stops) expect(s.data).toMatch(/^[0-9a-f]{32}$/);
    const rest = acted.filter((c) => c.command !== 'stop-commands');
    expect(rest.filter((c) => c.command !== 'add-mask')).toEqual([
      { command: 'warning', data: 'one annotation:\n::error::not a second one' },
    ]);
    const masks = rest.filter((c) => c.command === 'add-mask').map((c) => c.data);
    expect(masks).toEqual(
      expect.arrayContaining(['Sup3rSecretValue9', 'line-one-Qw8zXc', 'line-two-Lp4vBn']),
    );
    expect(masks).not.toContain('not-ours');
    // Everything relayed is still there to read.
    for (const line of hostile.split(/\r|\n/)) expect(log).toContain(line);
  });

  it('a group title holding a command is its data, not a command', () => {
    const log = stdoutOf(() => createActionLogger().checkFinished(result(), []));
    expect(actedOn(log).map((c) => c.command)).toEqual(['group', 'stop-commands', 'endgroup']);
  });
});
