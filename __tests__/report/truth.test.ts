import { describe, expect, it } from 'vitest';
import { checkLine, createStreamLogger } from '../../src/adapters/logger.js';
import { verdictLine } from '../../src/report/headline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { check, decided } from './fixtures.js';

/** An auth bypass among required checks that all pass: the case a new user met. */
const bypass = decided([
  check('required-files', { type: 'files', category: 'safety', enforcement: 'required', summary: 'ok' }),
  check('unit-tests', { type: 'command', category: 'safety', enforcement: 'required' }),
  check('health', { enforcement: 'required' }),
  check('smoke', { enforcement: 'required' }),
  check('migrations', { type: 'migrations', enforcement: 'required' }),
  check('auth', {
    type: 'auth',
    category: 'design',
    enforcement: 'hard',
    status: 'fail',
    score: 1,
    summary: 'auth bypass on 1 of 2 routes: /brief',
    findings: [{ level: 'failure', message: 'auth bypass: GET /brief answered 200 without credentials' }],
  }),
]);

const lines = (text: string) => text.split('\n');

describe('the report says the truth at a glance', () => {
  it('a hard failure shows in the headline, the score and the level', () => {
    const md = renderMarkdown(bypass);
    expect(lines(md)[0]).toBe('## ⛔ Hold — staging · auth (hard) failed · score 2/5 · level blocked');
    expect(md).toContain(
      '**Level** `blocked` — auth (hard) failed · **Score** 2/5, capped at the hold line while a hard or required check fails (3/5 without the cap)',
    );
    expect(verdictLine(bypass)).toBe('HOLD staging: score 2/5, hold, level blocked — auth (hard) failed');
  });

  it('"limited by" names the check that limits, or nothing', () => {
    const md = renderMarkdown(bypass);
    expect(md).toContain('| design | 0.6 | 1/5 | 2.6 | `auth` |');
    expect(md).toContain('| safety | 1 | 5/5 | 5 | – |');
    const categories = md.slice(md.indexOf('### Score by category'), md.indexOf('### Findings'));
    expect(categories).not.toContain('required-files');
  });

  it('checks that could not run lower the level and say so', () => {
    const r = decided([
      check('health'),
      ...Array.from({ length: 6 }, (_, i) =>
        check(`probe-${i}`, {
          category: 'ops',
          status: 'error',
          score: 1,
          summary: 'could not run: connect ECONNREFUSED 127.0.0.1:9',
          error: 'connect ECONNREFUSED 127.0.0.1:9',
        }),
      ),
    ]);
    const md = renderMarkdown(r);
    expect(lines(md)[0]).toContain('· level blocked');
    expect(md).toContain(
      '**Level** `blocked` — 6 of 7 checks that count could not run (probe-0, probe-1, probe-2, probe-3, probe-4, probe-5)',
    );
    expect(md).toContain(
      '- probe-0 (scored) could not run (counted as fail, 1/5): connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(md).not.toMatch(/could not run[^\n]*could not run/);
  });

  it('a failing check’s summary is not repeated as its finding, in the report or the log', () => {
    const r = decided([
      check('files', {
        type: 'files',
        enforcement: 'required',
        status: 'fail',
        score: 1,
        summary: 'required path missing: NOPE.md',
        findings: [{ level: 'failure', message: 'required path missing: NOPE.md', file: 'NOPE.md' }],
      }),
    ]);
    const md = renderMarkdown(r);
    expect(md.match(/required path missing: NOPE\.md/g)).toHaveLength(2); // the reason and the table
    expect(md).not.toContain('### Findings');
    const log: string[] = [];
    createStreamLogger({ write: (l) => log.push(l) }).checkFinished(r.checks[0]!, []);
    expect(log).toEqual([checkLine(r.checks[0]!)]);
  });

  it('the log line shows durations through the one formatter', () => {
    expect(checkLine(check('slow', { durationMs: 12_345 }))).toMatch(/ 12\.3s {2}ok$/);
  });

  it('a report from before these fields still renders', () => {
    const { levelReasons: _l, notRun: _n, uncappedScore: _u, ...old } = bypass;
    const md = renderMarkdown({ ...old, categories: [{ name: 'x', weight: 1, rawMin: 5, effective: 5 }] });
    expect(md).toContain('**Level** `blocked` · **Checks**');
  });
});
