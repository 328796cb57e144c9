import picomatch from 'picomatch';
import type { PortableFactory } from '../../change/types.js';
import { RULES, type SecretRule } from './rules.js';
import { type SecretHit, SecretScanner } from './scanner.js';

/**
 * The secrets scan as plain data in and out, so that it can run on a scan thread: built there
 * from these options by name (`secrets`), or here by the same factory.
 */
export interface CustomRuleSpec {
  id: string;
  title?: string | undefined;
  pattern: string;
  keywords?: string[] | undefined;
  entropy?: number | undefined;
  level?: 'failure' | 'warning' | undefined;
}

export interface SecretsScanOptions {
  disableRules: readonly string[];
  rules: readonly CustomRuleSpec[];
  minEntropy: number;
  allowPatterns: readonly string[];
  inlineMarkers: readonly string[];
  allowPaths: readonly string[];
  /** Hits kept; beyond it they are only counted. */
  maxHits: number;
}

/** Emitted for each hit as it is found, so the value is masked from then on. */
export interface SecretsScanEvent {
  secret: string;
  /** A multi-line value (a private key's body) whole. */
  body?: string;
}

export interface SecretsScanResult {
  hits: SecretHit[];
  total: number;
  /** Files of `allowPaths`: counted, not scanned. */
  skippedFiles: string[];
  /** Files whose added text was scanned, binary files read for their text included. */
  scannedFiles: number;
  /** Binary files whose text was scanned. */
  binaryScanned: number;
  /** Binary files whose content could not be read, and why: not scanned. */
  unread: { file: string; why: string }[];
  rules: number;
}

export function compileCustom(r: CustomRuleSpec): SecretRule {
  return {
    id: r.id,
    title: r.title ?? r.id,
    keywords: r.keywords?.map((k) => k.toLowerCase()) ?? [''],
    pattern: new RegExp(r.pattern, 'g'),
    ...(r.entropy !== undefined ? { entropy: r.entropy } : {}),
    ...(r.level ? { level: r.level } : {}),
  };
}

/** Fingerprints remembered for telling a commit's values from the diff's, at most. */
const MAX_SEEN = 100_000;

export const secretsScan: PortableFactory = (raw, emit) => {
  const o = raw as SecretsScanOptions;
  const rules = [...RULES.filter((r) => !o.disableRules.includes(r.id)), ...o.rules.map(compileCustom)];
  const allowFile = o.allowPaths.length ? picomatch([...o.allowPaths], { dot: true }) : () => false;
  const hits: SecretHit[] = [];
  const skippedFiles: string[] = [];
  const unread: { file: string; why: string }[] = [];
  let total = 0;
  let scannedFiles = 0;
  let binaryScanned = 0;
  /** The commit whose lines are being read, once the diff has been (see DiffVisitor.history). */
  let commit: string | undefined;
  /** Values found so far, by fingerprint: a commit's value the diff or a newer commit held is not new. */
  const seen = new Set<string>();
  const scanner = new SecretScanner(
    {
      rules,
      minEntropy: o.minEntropy,
      allowPatterns: o.allowPatterns.map((p) => new RegExp(p)),
      inlineMarkers: o.inlineMarkers,
    },
    (found) => {
      // Every line of the diff is reported; a commit's value once, and only when it is new.
      if (commit !== undefined && seen.has(found.fingerprint)) return;
      // Bounded: past it the check fails on what it found, and a commit's value may repeat one.
      if (seen.size < MAX_SEEN) seen.add(found.fingerprint);
      const hit = commit === undefined ? found : { ...found, commit };
      emit({
        secret: hit.secret,
        ...(hit.lines ? { body: hit.lines.join('\n') } : {}),
      } satisfies SecretsScanEvent);
      total++;
      if (hits.length < o.maxHits) hits.push(hit);
    },
  );
  return {
    visitor: {
      file(h) {
        scanner.flush();
        // A binary file is looked at once its text is read, after the diff.
        if (h.binary && !h.binaryText) return false;
        if (h.path && allowFile(h.path)) {
          if (commit === undefined) skippedFiles.push(h.path);
          return false;
        }
        if (commit !== undefined) return true;
        if (h.path) scannedFiles++;
        if (h.binaryText) binaryScanned++;
        return true;
      },
      added: (file, line, text, piece) => scanner.line(file, line, text, piece),
      keywords: scanner.keywords,
      wantsNext: () => scanner.inKey,
      binaryText: true,
      history: true,
      commit(sha) {
        scanner.flush();
        commit = sha;
      },
      unread(file, why) {
        scannedFiles--;
        binaryScanned--;
        unread.push({ file, why });
      },
    },
    finish(): SecretsScanResult {
      scanner.flush();
      return { hits, total, skippedFiles, scannedFiles, binaryScanned, unread, rules: rules.length };
    },
  };
};
