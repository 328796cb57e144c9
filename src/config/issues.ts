import { ConfigError, type ConfigIssue } from '../core/errors.js';
import type { KeyPath } from './resolve.js';

/** Problems shown at most; a hostile file can make thousands, and each costs a lookup. */
export const MAX_ISSUES = 100;

/** A config's text as its problems point into it: the name messages give it, and where a key path is. */
export interface ConfigSource {
  readonly file: string;
  /**
   * Where a key path is: the value, or the key itself when `keyOnly`; for a path that does not
   * exist, its nearest existing parent. Undefined when the place is not known.
   */
  locate(path: readonly (string | number)[], keyOnly?: boolean): { line: number; column: number } | undefined;
}

/** The problems found in a config, each at its place; thrown as one ConfigError. */
export class IssueList {
  readonly items: ConfigIssue[] = [];
  private readonly seen = new Set<string>();
  private more = 0;
  /** `onIssue`: called before any problem is taken (it may throw, to stop whoever is looking). */
  constructor(
    private readonly source: ConfigSource,
    private readonly onIssue?: () => void,
  ) {}
  /** `message` may be a function, so that costly messages (suggestions) are made only when shown. */
  add(path: KeyPath, message: string | (() => string), keyOnly = false): void {
    this.onIssue?.();
    if (this.items.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    const text = typeof message === 'function' ? message() : message;
    const key = `${path.join('\0')}\n${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const pos = this.source.locate(path, keyOnly);
    this.items.push({
      file: this.source.file,
      line: pos?.line,
      column: pos?.column,
      path: path.join('.'),
      message: text,
    });
  }
  throwIfAny(): void {
    if (this.items.length === 0) return;
    const more =
      this.more > 0 ? [{ file: this.source.file, message: `… and ${this.more} more problem(s)` }] : [];
    throw new ConfigError([...this.items, ...more]);
  }
}
