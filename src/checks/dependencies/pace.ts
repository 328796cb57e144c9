import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Gives the event loop a turn every so many units of work (lines, packages, changes), so a
 * lockfile of thousands of packages never holds it for long: other checks' timeouts and the
 * gate's own timers fire on time while this check reads. Counting units rather than time keeps
 * the slices the same on every machine. Once the check is aborted the next turn throws, so a
 * timed-out check stops reading instead of finishing unseen.
 */
export class Pacer {
  private done = 0;
  /** Turns given so far (what the tests look at). */
  turns = 0;

  constructor(
    private readonly signal?: AbortSignal,
    /** Units of work between two turns. */
    private readonly every = 2_000,
  ) {}

  /** Counts `units` of work; resolves after a turn of the event loop when a slice is full. */
  async step(units = 1): Promise<void> {
    if (this.due(units)) await this.turn();
  }

  /**
   * Counts `units` of work; true when a slice is full and a turn is owed (`await pace.turn()`).
   * For loops over every entry of a large lockfile, where an `await` per entry costs more than
   * the entry's own work.
   */
  due(units = 1): boolean {
    this.done += units;
    if (this.done < this.every) return false;
    this.done = 0;
    return true;
  }

  /** A turn of the event loop now (between files). */
  async turn(): Promise<void> {
    this.turns++;
    await nextTurn();
    this.signal?.throwIfAborted();
  }
}
