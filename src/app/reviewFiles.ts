import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntryKind } from '../bundle/files.js';
import { prepareOutputDir } from '../bundle/outputDir.js';
import { exists } from '../bundle/seal.js';
import { type DriftConfig, type DriftSettings, driftSettings } from '../checks/metrics/drift.js';
import { loadConfigFile } from '../config/load.js';
import { resolveProfile } from '../config/resolve.js';
import { jsonPieces } from '../core/jsonText.js';
import { didYouMean } from '../core/text.js';
import { renderReview } from '../report/reviewMarkdown.js';
import type { Review, ReviewWindow } from './review.js';

/**
 * What the review reads and writes besides history, shared by the CLI and the action: the drift
 * rules of the config, and the review's two files.
 */

export interface DriftRules {
  rules: Map<string, DriftSettings | false>;
  /** Why the default rules apply, when the config does not know the profile. */
  note?: string;
  /** The config does not know the profile: what to say if history does not either. */
  unknownProfile?: string;
}

/**
 * Drift rules of the profile's benchmark checks, as configured (not interpolated: rules are
 * literal). A config that is only the default (`optional`) may be absent: the default rules apply.
 */
export async function loadDriftRules(o: {
  file: string;
  label: string;
  profile: string;
  optional: boolean;
}): Promise<DriftRules> {
  const rules = new Map<string, DriftSettings | false>();
  if (o.optional && !(await exists(o.file))) return { rules };
  const { config } = await loadConfigFile(o.file, o.label);
  if (!Object.hasOwn(config.profiles, o.profile))
    return {
      rules,
      note: `profile ${o.profile} is not in ${o.label}; drift uses the default rules`,
      unknownProfile: `unknown profile "${o.profile}"${didYouMean(o.profile, Object.keys(config.profiles))} in ${o.label}`,
    };
  for (const c of resolveProfile(config, o.profile).checks) {
    if (c.raw.type !== 'benchmark') continue;
    const d = c.raw.drift as DriftConfig | false | undefined;
    rules.set(c.id, d === false ? false : driftSettings(d ?? {}));
  }
  return { rules };
}

/** What the review writes: `review.json`/`.md` and one `monthly-<YYYY-MM>.json`/`.md` per month. */
export function reviewWrites(entry: string, kind: EntryKind): boolean {
  return kind === 'file' && /^(?:review|monthly-\d{4}-\d{2})\.(?:json|md)$/.test(entry);
}

/**
 * Writes `review.json`/`.md`, or `monthly-<YYYY-MM>.json`/`.md` for a month, and returns their
 * paths. The directory may hold only the review's own files (earlier months stay); `within`
 * keeps it inside that directory.
 */
export async function writeReview(
  review: Review,
  window: ReviewWindow,
  outDir: string,
  within?: string,
): Promise<{ json: string; markdown: string; text: string }> {
  const base = window.kind === 'period' && window.month ? `monthly-${window.month}` : 'review';
  const json = path.join(outDir, `${base}.json`);
  const markdown = path.join(outDir, `${base}.md`);
  const text = renderReview(review);
  await prepareOutputDir(outDir, { within, owns: reviewWrites });
  // Compact: the file holds every point of every series and every run, for programs (review.md
  // is what people read); indented, it was 1.6 times as large and slower to write.
  await writeJson(json, review);
  await writeFile(markdown, text);
  return { json, markdown, text };
}

/** Bytes handed to the file at once: a few pages, reused, however long the review. */
const WRITE_CHARS = 1 << 16;

/** `JSON.stringify(value)` and a newline, written as it is made rather than built whole first. */
async function writeJson(file: string, value: unknown): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let batch = '';
    for (const piece of jsonPieces(value)) {
      batch += piece;
      if (batch.length < WRITE_CHARS) continue;
      await handle.write(batch);
      batch = '';
    }
    await handle.write(`${batch}\n`);
  } finally {
    await handle.close();
  }
}
