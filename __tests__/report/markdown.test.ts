import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { holdReport, hotfixReport, hugeReport, promoteReport } from './fixtures.js';

const OUT = path.join(import.meta.dirname, '..', '__outputs__');

/** Rendered reports are committed; a format change shows up as a reviewed diff. */
async function matchesCommitted(name: string, text: string): Promise<void> {
  const file = path.join(OUT, name);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}

describe('markdown report', () => {
  it('promote', async () => matchesCommitted('promote.md', renderMarkdown(promoteReport)));
  it('hold with reasons, findings, categories and waivers', async () =>
    matchesCommitted('hold.md', renderMarkdown(holdReport)));
  it('promote with hotfix', async () => matchesCommitted('hotfix.md', renderMarkdown(hotfixReport)));
  it('a huge report degraded to a PR comment budget', async () =>
    matchesCommitted(
      'huge-degraded.md',
      renderMarkdown(hugeReport, { budget: 20_000, fullReportHint: 'the job summary' }),
    ));

  it('escapes HTML and table separators from check output', () => {
    const text = renderMarkdown(holdReport);
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).toContain('14 violations \\| up from 9');
  });

  it.each([65_535, 20_000, 5_000, 1_000])('stays within a budget of %d characters', (budget) => {
    const text = renderMarkdown(hugeReport, { budget });
    expect(text.length).toBeLessThanOrEqual(budget);
    expect(text).toContain('⛔ Hold');
  });

  it('drops passing details before failing ones', () => {
    const full = renderMarkdown(hugeReport);
    const mid = renderMarkdown(hugeReport, { budget: full.length - 1 });
    expect(mid).not.toContain('note 0 about page 0');
    expect(mid).toContain('src/f0.ts:1');
    const small = renderMarkdown(hugeReport, { budget: 8_000 });
    expect(small).not.toContain('`page-0`');
    expect(small).toContain('_40 passing check(s) not shown._');
    expect(small).toContain('`scan-19`');
  });
});
