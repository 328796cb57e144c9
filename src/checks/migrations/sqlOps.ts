import { setImmediate as turn } from 'node:timers/promises';
import { classify } from './classify.js';
import { type Ddl, endOfFile, type FileState, type Risk } from './state.js';
import { lineOf, statements } from './sql.js';

/** One schema operation of a migration file, with its lines. */
export interface Op extends Ddl {
  line: number;
  /** Last line of the statement or call, so a change anywhere in it counts. */
  endLine: number;
  /** The statement or call, for evidence (shortened by the check). */
  text: string;
  /** Line of the clause, when it is not the statement's first (an action of an ALTER TABLE). */
  clauseLine?: number;
  /** Each risk has its line. */
  risks: (Risk & { line: number })[];
}

/**
 * Gives the event loop a turn now and then; `cost` is the characters read since the last call.
 * Returns the turn to await, which rejects when the check is stopped, or undefined when none is
 * due: most calls are, and awaiting each of them would suspend the reader once per statement.
 */
export type Pause = (cost: number) => Promise<void> | undefined;

/** A Pause that gives the event loop a turn after every `slice` characters, and stops when `signal` aborts. */
export function pacer(signal: AbortSignal, slice: number): Pause {
  let budget = 0;
  return (cost) => {
    budget += cost;
    if (budget < slice) return undefined;
    budget = 0;
    return turn().then(() => signal.throwIfAborted());
  };
}

/**
 * The operations of SQL text, read in order with `state`. `nextPart` is asked for a new state
 * when a statement starts in another part of the file (the down part of a goose file, say):
 * each part runs on its own, so what one leaves open is reported where it ends.
 */
export async function sqlOps(
  text: string,
  state: FileState,
  opts: {
    firstLine?: number;
    pause?: Pause;
    partOf?: (line: number) => unknown;
    nextPart?: () => FileState;
  } = {},
): Promise<{ ops: Op[]; state: FileState }> {
  const ops: Op[] = [];
  let part = undefined as unknown;
  let first = true;
  const close = () => {
    const open = endOfFile(state);
    if (open) {
      for (const r of open.ddl.risks) r.line ??= open.line;
      ops.push({ ...open.ddl, line: open.line, endLine: open.line, text: 'BEGIN' } as Op);
    }
  };
  for (const st of statements(text, opts.firstLine ?? 1)) {
    const p = opts.partOf?.(st.startLine);
    if (!first && p !== part && opts.nextPart) {
      close();
      state = opts.nextPart();
    }
    first = false;
    part = p;
    for (const d of classify(st.text, state, st.startLine)) {
      // In place: the state keeps these risks to drop them if the file is one statement.
      for (const r of d.risks) r.line ??= r.at === undefined ? st.startLine : lineOf(st, r.at);
      const clauseLine = d.at === undefined ? undefined : lineOf(st, d.at);
      ops.push({ ...d, line: st.startLine, endLine: st.endLine, text: st.text, clauseLine } as Op);
    }
    const due = opts.pause?.(st.text.length);
    if (due) await due;
  }
  if (opts.nextPart) close();
  return { ops, state };
}
