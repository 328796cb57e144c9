import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { compareReadings, fuzzCase, runCase, yamlSoup } from '../__tests__/config/fuzz/cases.js';

/**
 * The config fuzz at length, for bench/fuzz.mjs (which sets FUZZ_CASES, FUZZ_SEED, FUZZ_OUT and
 * prints the figures). Runs cases in batches and never stops at a crash: it counts them, and keeps
 * the first few cases that crashed or hung. Then ten times as many texts of YAML's pieces, each
 * read by both readings of a config, counting the texts they read apart.
 */

const CASES = Number(process.env.FUZZ_CASES ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const HANG_MS = 10_000;
const BATCH = 500;
const SOUP_PER_CASE = 10;

it('fuzzes the config reader and planner', () => {
  const figures = {
    seed: SEED,
    cases: 0,
    outcomes: { 'parse-error': 0, 'plan-error': 0, planned: 0 } as Record<string, number>,
    crashes: 0,
    hangs: 0,
    maxCaseMs: 0,
    peakRssBytes: process.memoryUsage().rss,
    examples: [] as { kind: string; error?: string; ms?: number; text: string }[],
    soup: { texts: 0, readQuickly: 0, disagreements: 0 },
  };
  const keep = (kind: string, text: string, extra: { error?: string; ms?: number }) => {
    if (figures.examples.length < 5) figures.examples.push({ kind, ...extra, text: text.slice(0, 4000) });
  };
  for (let done = 0; done < CASES; done += BATCH) {
    const batch = fc.sample(fuzzCase, { numRuns: Math.min(BATCH, CASES - done), seed: SEED + done });
    for (const c of batch) {
      const started = performance.now();
      try {
        const r = runCase(c.text);
        figures.outcomes[r.outcome]!++;
      } catch (err) {
        figures.crashes++;
        keep('crash', c.text, { error: (err as Error).stack ?? String(err) });
      }
      const ms = performance.now() - started;
      figures.cases++;
      figures.maxCaseMs = Math.max(figures.maxCaseMs, ms);
      if (ms > HANG_MS) {
        figures.hangs++;
        keep('hang', c.text, { ms });
      }
    }
    figures.peakRssBytes = Math.max(figures.peakRssBytes, process.memoryUsage().rss);
  }
  const texts = CASES * SOUP_PER_CASE;
  for (let done = 0; done < texts; done += BATCH * SOUP_PER_CASE) {
    const batch = fc.sample(yamlSoup, {
      numRuns: Math.min(BATCH * SOUP_PER_CASE, texts - done),
      seed: SEED + done,
    });
    for (const text of batch) {
      figures.soup.texts++;
      try {
        if (compareReadings(text) !== undefined) figures.soup.readQuickly++;
      } catch (err) {
        figures.soup.disagreements++;
        // The message quotes the text, which is printed after it anyway.
        keep('disagreement', text, { error: (err as Error).message.replace(text, '(the config below)') });
      }
    }
  }
  if (process.env.FUZZ_OUT) writeFileSync(process.env.FUZZ_OUT, JSON.stringify(figures, null, 2));
  expect(figures.cases).toBe(CASES);
  expect(figures.soup.texts).toBe(texts);
});
