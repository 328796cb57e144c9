import { describe, expect, it } from 'vitest';
import { chunk, MAX_ANNOTATIONS, planAnnotations, repoPath } from '../../src/github/annotations.js';
import { artifactName, artifactUnavailable, parseArtifactName } from '../../src/github/artifact.js';
import { githubContext } from '../../src/github/context.js';
import { classifyApiError } from '../../src/github/errors.js';
import { marker, parseMarker } from '../../src/github/stickyComment.js';
import { check, report } from '../report/fixtures.js';

describe('GitHub context from the runner environment', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: 'merge'.padEnd(40, '0'),
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_API_URL: 'https://ghe.example.com/api/v3',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
  };
  const pr = (headRepo: string) => ({
    number: 5,
    pull_request: {
      number: 5,
      head: { sha: 'head'.padEnd(40, '0'), repo: { full_name: headRepo } },
      base: { repo: { full_name: 'acme/permits' } },
    },
  });

  it('puts results on the pull request head, not the merge commit', () => {
    const ctx = githubContext(env, pr('acme/permits'))!;
    expect(ctx).toMatchObject({
      owner: 'acme',
      repo: 'permits',
      headSha: 'head'.padEnd(40, '0'),
      pullNumber: 5,
      runAttempt: 2,
      runUrl: 'https://ghe.example.com/acme/permits/actions/runs/77',
      graphqlUrl: 'https://ghe.example.com/api/graphql',
      fork: undefined,
    });
  });

  it('knows a fork and Dependabot (read-only tokens)', () => {
    expect(githubContext(env, pr('mallory/permits'))!.fork).toBe('mallory/permits');
    expect(githubContext({ ...env, GITHUB_ACTOR: 'dependabot[bot]' }, pr('acme/permits'))!.dependabot).toBe(
      true,
    );
  });

  it('reads a workflow_run: head SHA, attempt and the pull requests GitHub lists', () => {
    const ctx = githubContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      {
        workflow_run: {
          id: 900,
          run_attempt: 3,
          head_sha: 'f'.repeat(40),
          head_branch: 'fix',
          head_repository: { full_name: 'mallory/permits' },
          pull_requests: [
            { number: 8, head: { sha: 'f'.repeat(40) } },
            { number: 9, head: { sha: 'old' } },
          ],
        },
      },
    )!;
    expect(ctx.workflowRun).toMatchObject({
      id: 900,
      attempt: 3,
      headSha: 'f'.repeat(40),
      headRepository: 'mallory/permits',
      pullNumbers: [8],
    });
    expect(ctx.pullNumber).toBeUndefined();
  });

  it('is undefined outside a repository', () => {
    expect(githubContext({}, {})).toBeUndefined();
  });
});

describe('annotations from findings', () => {
  const at = (
    file: string,
    line: number,
    message = 'boom',
    level: 'failure' | 'warning' | 'notice' = 'failure',
  ) => ({ file, line, message, level });

  it('maps paths to the repository root, through the working directory', () => {
    const map = { workspace: '/w/repo', workingDirectory: 'services/api' };
    expect(repoPath('src/a.ts', map)).toBe('services/api/src/a.ts');
    expect(repoPath('/w/repo/lib/b.ts', map)).toBe('lib/b.ts');
    expect(repoPath('../../../etc/passwd', map)).toBeUndefined();
    expect(repoPath('/tmp/x.ts', map)).toBeUndefined();
    expect(repoPath('src/a.ts', { workingDirectory: 'pkg' })).toBe('pkg/src/a.ts');
  });

  it('keeps only findings with a file and line, once each, failures first', () => {
    const r = report({
      checks: [
        check('lint', {
          title: 'Lint',
          findings: [
            at('a.ts', 1, 'style', 'notice'),
            at('a.ts', 1, 'style', 'notice'),
            { level: 'failure', message: 'no line', file: 'a.ts' },
          ],
        }),
        check('tests', {
          findings: [at('b.ts', 7), at('/outside/c.ts', 2), { level: 'failure', message: 'no file' }],
        }),
      ],
    });
    const plan = planAnnotations(r, { workspace: '/w' });
    expect(plan.annotations).toEqual([
      {
        path: 'b.ts',
        start_line: 7,
        end_line: 7,
        annotation_level: 'failure',
        title: 'promotion-gate: tests',
        message: 'boom',
      },
      {
        path: 'a.ts',
        start_line: 1,
        end_line: 1,
        annotation_level: 'notice',
        title: 'promotion-gate: Lint (lint)',
        message: 'style',
      },
    ]);
    expect(plan).toMatchObject({ duplicates: 1, outside: 1, overLimit: 0 });
  });

  it('caps the count and clips long messages to GitHub’s 64 KB', () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 20 }, (_, i) =>
      at('x.ts', i + 1, i === 0 ? '検'.repeat(30_000) : 'm'),
    );
    const plan = planAnnotations(report({ checks: [check('c', { findings: many })] }));
    expect(plan.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(plan.overLimit).toBe(20);
    expect(Buffer.byteLength(plan.annotations[0]!.message)).toBeLessThanOrEqual(64 * 1024);
    expect(plan.annotations[0]!.message.endsWith('…')).toBe(true);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('names and markers', () => {
  it('artifact names are unique per profile and attempt, and valid', () => {
    expect(artifactName('prod/eu:1', 2)).toBe('promotion-gate-prod_eu_1-attempt-2');
    expect(parseArtifactName('promotion-gate-my-profile-attempt-12')).toEqual({
      profile: 'my-profile',
      attempt: 12,
    });
    expect(parseArtifactName('other')).toBeUndefined();
  });

  it('artifacts need a runner, and github.com', () => {
    expect(artifactUnavailable({})).toMatch(/not on a GitHub Actions runner/);
    const runner = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://r' };
    expect(artifactUnavailable(runner)).toBeUndefined();
    expect(artifactUnavailable({ ...runner, GITHUB_SERVER_URL: 'https://ghe.corp.example' })).toMatch(
      /Enterprise Server/,
    );
  });

  it('the sticky marker round-trips and cannot be broken out of', () => {
    const m = marker({ profile: 'st"a --> <b>', verdict: 'hold', bundle: 'sha256:ab' });
    expect(m).toBe('<!-- promotion-gate:sticky profile="st_a --_ _b_" verdict="hold" bundle="sha256:ab" -->');
    expect(parseMarker(`${m}\n## report`)).toEqual({
      profile: 'st_a --_ _b_',
      verdict: 'hold',
      bundle: 'sha256:ab',
    });
    expect(parseMarker('no marker')).toBeUndefined();
  });
});

describe('API errors', () => {
  const err = (status: number, message: string, headers = {}) =>
    Object.assign(new Error(message), { status, response: { data: { message }, headers } });

  it('tells a read-only token from a rate limit and an outage', () => {
    expect(classifyApiError(err(403, 'Resource not accessible by integration')).kind).toBe('forbidden');
    expect(classifyApiError(err(403, 'You have exceeded a secondary rate limit')).kind).toBe('rate-limited');
    expect(classifyApiError(err(401, 'Bad credentials')).kind).toBe('unauthorized');
    expect(classifyApiError(err(502, 'Bad Gateway')).kind).toBe('unavailable');
    expect(classifyApiError(err(422, 'Validation Failed')).kind).toBe('rejected');
    // No answer at all: a timeout or a refused connection.
    expect(classifyApiError(Object.assign(new Error('no answer within 1 s'), { status: 500 }))).toEqual({
      kind: 'unavailable',
      status: undefined,
      message: 'no answer within 1 s',
    });
    expect(classifyApiError({ errors: [{ type: 'FORBIDDEN', message: 'nope' }] }).kind).toBe('forbidden');
  });

  it('never puts more than one line of GitHub’s message in a notice', () => {
    expect(classifyApiError(err(500, 'line one\nline two')).message).toBe('line one');
  });
});
