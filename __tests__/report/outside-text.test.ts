import { describe, expect, it } from 'vitest';
import { noticeMarkdown } from '../../src/notify/markdown.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { check, decided } from './fixtures.js';

/**
 * Text from outside the gate — a commit subject, a file name a change chose, a staging service's
 * answer — is shown as text in what the gate writes to GitHub (the PR comment, the check run, the
 * job summary, incident issues): it pings nobody (an @mention is broken by an invisible space),
 * and it cannot leave the code span it is quoted in.
 */

/** Mentions GitHub would turn into notifications: @ at a word's start, then a name. */
const mentions = (md: string) =>
  [...md.matchAll(/(?:^|[^\w`&;])@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g)].map((m) => m[1]);

describe('text from outside in Markdown', () => {
  const report = decided(
    [
      check('secrets', {
        type: 'secrets',
        category: 'safety',
        enforcement: 'hard',
        status: 'fail',
        score: 1,
        summary: '1 possible secret, cc @security-team',
        findings: [
          {
            level: 'failure',
            file: 'x`@alice <b>y</b>`.env',
            line: 3,
            message: 'GitHub personal access token: *** — ask @acme/owners',
          },
        ],
      }),
    ],
    [],
    {
      changes: {
        base: 'a'.repeat(40),
        head: 'b'.repeat(40),
        commits: [
          {
            sha: 'c'.repeat(40),
            subject: 'Fix login, thanks @bob (cc @acme/web, `@frank`)',
            author: '@carol',
            merge: false,
          },
        ],
        total: 1,
        omitted: 0,
        pullRequests: [],
        stat: { files: 1, insertions: 1, deletions: 0 },
        areas: [],
      },
    },
  );

  it('pings nobody from the gate report: summaries, findings, file names and the release notes', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('@&#8203;bob');
    expect(md).toContain('@&#8203;security-team');
    // Even after a backtick, which the release notes escape: `\`@frank` would still ping.
    expect(md).toContain('\\`@&#8203;frank');
    expect(mentions(md)).toEqual([]);
  });

  it('keeps a file name inside its code span, whatever backticks it holds', () => {
    const md = renderMarkdown(report);
    // A fence longer than any run of backticks in the name, so the name ends nothing.
    expect(md).toContain('`` x`@alice <b>y</b>`.env:3 ``');
    // In one backtick, the name's own backtick ended the span and the rest was Markdown.
    expect(md).not.toContain('`x`@alice');
  });

  it('pings nobody and runs no HTML from an incident issue: a staging answer in its reasons', () => {
    const md = noticeMarkdown({
      events: ['hold'],
      title: 'HOLD prod @oncall',
      tone: 'bad',
      summary: 'score 1/5 — <img src=x> @acme/sre',
      subject: { kind: 'gate', profile: 'prod' },
      reasons: [
        {
          message: 'health: expected 200, got 503: "down for @dave <script>alert(1)</script>"',
          blocking: true,
          observed: '503 @erin',
          threshold: '200',
        },
      ],
      links: [],
      at: '2026-12-07T10:00:00.000Z',
    });
    expect(mentions(md)).toEqual([]);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;');
  });
});
