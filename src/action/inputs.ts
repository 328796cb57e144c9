import * as core from '@actions/core';
import { parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { PromotionAction } from '../core/types.js';
import { CONCLUSIONS, type Conclusion, DEFAULT_CONCLUSIONS } from '../github/checkRun.js';
import { COMMENT_MODES, COMMENT_WHEN, type CommentMode, type CommentWhen } from '../github/stickyComment.js';

/** Typed readers for the publishing inputs: every bad value is a UsageError naming the input. */

export function choice<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
  value?: string,
): T {
  const v = (value ?? core.getInput(name)).trim() || fallback;
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(`input ${name}: expected ${allowed.map((a) => `"${a}"`).join(', ')}, got "${v}"`);
  return v as T;
}

export function flag(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`input ${name}: expected true or false, got "${v}"`);
}

export function positiveInt(name: string, max?: number): number | undefined {
  const v = core.getInput(name).trim();
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || (max !== undefined && n > max))
    throw new UsageError(
      `input ${name}: expected a whole number from 1${max ? ` to ${max}` : ''}, got "${v}"`,
    );
  return n;
}

export function count(name: string, fallback: number, max: number): number {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`input ${name}: expected a whole number from 0 to ${max}, got "${v}"`);
  return n;
}

export function duration(name: string, fallbackMs: number): number {
  const v = core.getInput(name).trim();
  if (v === '') return fallbackMs;
  const ms = parseDuration(v);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`input ${name}: expected a duration like 30s or 2m, got "${v}"`);
  return ms;
}

/** `hold=failure` lines, over the defaults (promote → success, promote-with-hotfix → neutral, hold → failure). */
export function conclusions(lines: readonly string[], where: string): Record<PromotionAction, Conclusion> {
  const out = { ...DEFAULT_CONCLUSIONS };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([\w-]+)\s*[=:]\s*([\w-]+)$/.exec(line);
    const action = m?.[1] === 'promote' ? 'auto-promote' : m?.[1];
    if (!m || !action || !(action in out))
      throw new UsageError(
        `${where}: expected <auto-promote|promote-with-hotfix|hold>=<conclusion>, got "${line}"`,
      );
    if (!(CONCLUSIONS as readonly string[]).includes(m[2]!))
      throw new UsageError(`${where}: conclusion "${m[2]}" is not one of ${CONCLUSIONS.join(', ')}`);
    out[action as PromotionAction] = m[2] as Conclusion;
  }
  return out;
}

/** `update` (default), `minimize`, `delete` or `off`; `true`/`false` read as update/off. */
export const commentMode = (name: string): CommentMode => {
  const v = core.getInput(name).trim();
  return choice(name, COMMENT_MODES, 'update', v === 'false' ? 'off' : v === 'true' ? 'update' : v);
};

export const commentWhen = (name: string): CommentWhen => choice(name, COMMENT_WHEN, 'always');
