import path from 'node:path';
import type { FindingLevel } from '../core/types.js';
import type { Report } from '../report/types.js';

/** GitHub's limits on check-run annotations. */
export const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_MAX = 255;
const MESSAGE_MAX_BYTES = 64 * 1024;
/**
 * Default cap (input max-annotations): past it, findings are left out and counted in the check
 * run. Each batch of 50 is a write request, paced at one a second under GitHub's content limits,
 * so 500 cost about ten seconds.
 */
export const MAX_ANNOTATIONS = 500;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: FindingLevel;
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings with a file and line that could not be placed (outside the repository). */
  outside: number;
  duplicates: number;
  /** Left out beyond MAX_ANNOTATIONS. */
  overLimit: number;
}

export interface PathMapping {
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE). */
  workspace?: string;
  /** Directory the checks ran in, relative to the repository root (the `working-directory`). */
  workingDirectory?: string;
  max?: number;
}

const SEVERITY: Record<FindingLevel, number> = { failure: 0, warning: 1, notice: 2 };

function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let cut = Buffer.from(text)
    .subarray(0, max - 4)
    .toString('utf8');
  // A cut inside a multi-byte character decodes to U+FFFD: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  return `${cut}…`;
}

/** A finding's file as a path from the repository root, or undefined when it lies outside. */
export function repoPath(file: string, map: PathMapping): string | undefined {
  const root = map.workspace ? path.resolve(map.workspace) : undefined;
  const cwd = root ? path.resolve(root, map.workingDirectory ?? '.') : undefined;
  let rel: string;
  if (path.isAbsolute(file)) {
    if (!root) return undefined;
    rel = path.relative(root, file);
  } else if (cwd && root) {
    rel = path.relative(root, path.resolve(cwd, file));
  } else {
    rel = path.posix.normalize(path.posix.join(map.workingDirectory ?? '.', file.split(path.sep).join('/')));
  }
  rel = rel.split(path.sep).join('/');
  if (!rel || rel === '.' || rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel))
    return undefined;
  return rel;
}

/**
 * Every finding with a file and a line, as one annotation each: de-duplicated (the same place,
 * level and message once), failures first, at most `max`.
 */
export function planAnnotations(report: Report, map: PathMapping = {}): AnnotationPlan {
  const seen = new Set<string>();
  const all: (Annotation & { order: number })[] = [];
  let outside = 0;
  let duplicates = 0;
  for (const check of report.checks) {
    for (const f of check.findings) {
      if (!f.file || !f.line || !Number.isInteger(f.line) || f.line < 1) continue;
      const p = repoPath(f.file, map);
      if (!p) {
        outside++;
        continue;
      }
      const key = `${p}\0${f.line}\0${f.level}\0${f.message}`;
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      seen.add(key);
      const name = check.title ? `${check.title} (${check.id})` : check.id;
      all.push({
        path: p,
        start_line: f.line,
        end_line: f.line,
        annotation_level: f.level,
        title: clipBytes(`promotion-gate: ${name}`, TITLE_MAX),
        message: clipBytes(f.message || '(no message)', MESSAGE_MAX_BYTES),
        order: all.length,
      });
    }
  }
  all.sort((a, b) => SEVERITY[a.annotation_level] - SEVERITY[b.annotation_level] || a.order - b.order);
  const max = map.max ?? MAX_ANNOTATIONS;
  return {
    annotations: all.slice(0, max).map(({ order: _order, ...a }) => a),
    outside,
    duplicates,
    overLimit: Math.max(0, all.length - max),
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
