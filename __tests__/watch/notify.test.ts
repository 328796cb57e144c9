import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/adapters/logger.js';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/core/errors.js';
import { eventsFor, planNotify } from '../../src/notify/plan.js';
import { closeAllServers, type SeenRequest, startServer, type TestServer } from '../helpers/servers.js';
import { configYaml, hours, project, type Staging, startStaging, watchOnce } from './fixture.js';

/** Webhooks, each a real HTTP receiver on 127.0.0.1, told only about the events they chose. */

const SECRET_PATH = 'T0001/B0001/xoxWebhookSecretPath42';

interface Receivers {
  server: TestServer;
  /** Another host: a redirect must never bring the body here. */
  elsewhere: TestServer;
  at(prefix: string): SeenRequest[];
}

async function receivers(): Promise<Receivers> {
  const elsewhere = await startServer((_req, res) => res.end('ok'));
  let flaky = 0;
  const server = await startServer((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/fail')) {
      res.writeHead(500);
      return res.end('receiver down');
    }
    // A receiver (or a proxy before it) whose error names the path it was asked for.
    if (url.startsWith('/echo')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end(`no route for ${url} (token ${url.split('/').pop()!})`);
    }
    if (url.startsWith('/flaky') && flaky++ === 0) {
      res.writeHead(503);
      return res.end('busy');
    }
    if (url.startsWith('/redirect')) {
      res.writeHead(302, { location: `${elsewhere.url}/stolen` });
      return res.end();
    }
    if (url.startsWith('/hang')) return; // never answers
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  return {
    server,
    elsewhere,
    at: (prefix) => server.seen.filter((r) => r.url.startsWith(prefix)),
  };
}

const NOTIFY = `  slack: { type: slack, url: '\${{ env.SLACK_WEBHOOK }}', on: [transition] }
  teams: { type: teams, url: '\${{ env.TEAMS_WEBHOOK }}', on: [hold] }
  json:
    type: json
    url: '\${{ env.JSON_WEBHOOK }}'
    on: [transition, degraded]
    profiles: [prod]
    headers: { Authorization: 'Bearer \${{ env.HOOK_TOKEN }}' }
`;

function envFor(r: Receivers): Record<string, string> {
  return {
    SLACK_WEBHOOK: `${r.server.url}/slack/${SECRET_PATH}`,
    TEAMS_WEBHOOK: `${r.server.url}/teams/${SECRET_PATH}`,
    JSON_WEBHOOK: `${r.server.url}/json/${SECRET_PATH}`,
    HOOK_TOKEN: 'hookTokenValue123456',
  };
}

const body = (r: SeenRequest) => JSON.parse(r.body) as Record<string, unknown>;

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const add = (m: string) => lines.push(m);
  return {
    lines,
    logger: {
      info: add,
      warn: add,
      error: add,
      debug: add,
      checkFinished: () => undefined,
      mask: () => undefined,
    },
  };
}

afterEach(closeAllServers);

describe('watch: notifications only on the events chosen', () => {
  it('Slack, Teams and JSON webhooks receive their payloads for their events, nothing else', async () => {
    const r = await receivers();
    const staging: Staging = await startStaging();
    const p = await project(configYaml({ notify: NOTIFY }));
    const env = envFor(r);

    await watchOnce(p, staging, { runId: 1, at: hours(0), env });
    expect(r.server.seen).toEqual([]); // the first run: no transition, no hold

    staging.mode = 'faulty';
    const turned = await watchOnce(p, staging, { runId: 2, at: hours(1), env });
    expect(turned.notifications.map((d) => [d.webhook, d.state, d.events])).toEqual([
      ['slack', 'sent', ['transition']],
      ['teams', 'sent', ['hold']],
      ['json', 'sent', ['transition']],
    ]);
    const [slack] = r.at('/slack');
    expect(slack!.headers['content-type']).toBe('application/json; charset=utf-8');
    const s = body(slack!);
    expect(s.text).toBe(
      '⛔ promotion-gate · prod: PROMOTE → HOLD: score 1/5, hold, level release_candidate (was auto-promote 5/5 in run 1.1)',
    );
    const blocks = s.blocks as {
      type: string;
      text?: { text: string };
      fields?: { text: string }[];
      elements?: { text: string }[];
    }[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(blocks[1]!.fields!.map((f) => f.text)).toContain('*Score*\n1/5');
    expect(blocks[2]!.text!.text).toContain(
      '• blocking: score 1/5 is at or below the hold line 2: category data is limited by health (raw 1 × weight 1 → 1) (observed score 1/5; threshold hold at ≤ 2)',
    );
    expect(blocks[3]!.elements![0]!.text).toBe(
      '<https://github.com/acme/permits/actions/runs/2|Workflow run>',
    );

    const t = body(r.at('/teams')[0]!) as {
      type: string;
      attachments: { contentType: string; content: Record<string, unknown> }[];
    };
    expect(t.type).toBe('message');
    expect(t.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = t.attachments[0]!.content as {
      type: string;
      version: string;
      body: Record<string, unknown>[];
      actions: unknown[];
    };
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      color: 'Attention',
      text: 'promotion-gate · prod: PROMOTE → HOLD',
    });
    expect(card.body[2]).toMatchObject({ type: 'FactSet' });
    expect(
      (card.body[2]!.facts as { title: string; value: string }[]).find((f) => f.title === 'Events')?.value,
    ).toBe('hold');
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Workflow run',
        url: 'https://github.com/acme/permits/actions/runs/2',
      },
    ]);

    const [json] = r.at('/json');
    expect(json!.headers.authorization).toBe('Bearer hookTokenValue123456');
    expect(body(json!)).toMatchObject({
      source: 'promotion-gate',
      events: ['transition'],
      subject: { kind: 'gate', profile: 'prod' },
      verdict: 'hold',
      action: 'hold',
      score: 1,
      transition: { from: 'auto-promote', to: 'hold', previousRun: '1.1' },
      links: [{ label: 'Workflow run', url: 'https://github.com/acme/permits/actions/runs/2' }],
      bundleId: turned.gate.report.bundle!.id,
    });
    expect((body(json!).reasons as unknown[])[0]).toEqual({
      message: expect.stringContaining('score 1/5 is at or below the hold line 2'),
      blocking: true,
      check: 'health',
      observed: 'score 1/5',
      threshold: 'hold at ≤ 2',
    });

    // Still holding: only the webhook that asked for every hold hears it.
    await watchOnce(p, staging, { runId: 3, at: hours(2), env });
    expect([r.at('/slack').length, r.at('/teams').length, r.at('/json').length]).toEqual([1, 2, 1]);

    // hold → promote with a hotfix due: a transition, and degraded.
    staging.mode = 'degraded';
    const degraded = await watchOnce(p, staging, { runId: 4, at: hours(3), env });
    expect(degraded.gate.report.action).toBe('promote-with-hotfix');
    expect(degraded.notifications.map((d) => [d.webhook, d.events])).toEqual([
      ['slack', ['transition']],
      ['json', ['transition', 'degraded']],
    ]);
    expect(body(r.at('/slack')[1]!).text).toContain('prod: HOLD → PROMOTE with hotfix');
    expect([r.at('/slack').length, r.at('/teams').length, r.at('/json').length]).toEqual([2, 2, 2]);
  });

  it('webhook URLs are secrets: masked in the report, the evidence, watch.json and every log line', async () => {
    const r = await receivers();
    const staging = await startStaging();
    // A check that prints the URL, as a careless script might.
    const p = await project(
      configYaml({ notify: NOTIFY, checks: `{ type: command, run: 'echo "hook=$SLACK_WEBHOOK"' }` }),
    );
    const env = envFor(r);
    const { logger, lines } = capture();
    await watchOnce(p, staging, { runId: 1, at: hours(0), env, extra: { logger } });
    staging.mode = 'faulty';
    const run = await watchOnce(p, staging, { runId: 2, at: hours(1), env, extra: { logger } });
    expect(run.notifications).toHaveLength(3);
    const outputs = [
      await readFile(path.join(run.gate.outDir, 'report.json'), 'utf8'),
      await readFile(path.join(run.gate.outDir, 'report.md'), 'utf8'),
      await readFile(path.join(run.gate.outDir, 'evidence', 'extra', 'output.log'), 'utf8').catch(() => ''),
      await readFile(run.file, 'utf8'),
      lines.join('\n'),
      ...r.server.seen.map((x) => x.body),
    ].join('\n');
    expect(outputs).toContain('hook=***');
    expect(outputs).not.toContain('xoxWebhookSecretPath42');
    expect(outputs).not.toContain('hookTokenValue123456');
  });

  it('a failing webhook is retried once, reported, and never changes the exit code', async () => {
    const r = await receivers();
    const staging = await startStaging();
    const notify = `  broken: { type: json, url: '\${{ env.BROKEN }}', on: [transition, hold] }\n`;
    const p = await project(configYaml({ notify }));
    const cli = async () => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(
        [
          'watch',
          '--profile',
          'prod',
          '--config',
          'pg.yml',
          '--history',
          'dir:hist',
          '--input',
          `target-url=${staging.url}`,
          '--no-incidents',
        ],
        {
          stdout: (x) => (stdout += x),
          stderr: (x) => (stderr += x),
          env: { PATH: process.env.PATH, BROKEN: `${r.server.url}/fail/${SECRET_PATH}` },
          cwd: p.dir,
        },
      );
      return { code, stdout, stderr };
    };
    expect((await cli()).code).toBe(0);
    staging.mode = 'faulty';
    const held = await cli();
    expect(held.code).toBe(1); // the gate's hold, nothing more
    expect(held.stdout).toContain('transition: auto-promote → hold');
    expect(held.stdout).toContain(
      'notification broken: failed (transition, hold): answered 500: receiver down',
    );
    expect(r.at('/fail')).toHaveLength(2);
    staging.mode = 'healthy';
    const back = await cli();
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('notification broken: failed (transition)');
    expect(back.stderr).toContain('the verdict and exit code are not affected');
    const watchJson = JSON.parse(
      await readFile(path.join(p.dir, '.promotion-gate', 'prod-watch', 'watch.json'), 'utf8'),
    );
    expect(watchJson.notifications[0]).toMatchObject({
      webhook: 'broken',
      state: 'failed',
      status: 500,
      attempts: 2,
    });
    expect(`${held.stdout}${held.stderr}${back.stdout}${back.stderr}`).not.toContain(
      'xoxWebhookSecretPath42',
    );
  });

  it('a receiver that echoes the path it was asked for shows no piece of the URL in any output', async () => {
    const r = await receivers();
    const staging = await startStaging();
    const notify = `  echo: { type: slack, url: '\${{ env.ECHO }}', on: [hold] }\n`;
    const p = await project(configYaml({ notify }));
    staging.mode = 'faulty';
    let out = '';
    const code = await runCli(
      [
        'watch',
        '--profile',
        'prod',
        '--config',
        'pg.yml',
        '--input',
        `target-url=${staging.url}`,
        '--no-incidents',
      ],
      {
        stdout: (x) => (out += x),
        stderr: (x) => (out += x),
        env: { PATH: process.env.PATH, ECHO: `${r.server.url}/echo/${SECRET_PATH}` },
        cwd: p.dir,
      },
    );
    expect(code).toBe(1);
    expect(r.at('/echo')).toHaveLength(1);
    expect(out).toContain('notification echo: failed (hold): answered 404: no route for ***');
    const watchJson = await readFile(path.join(p.dir, '.promotion-gate', 'prod-watch', 'watch.json'), 'utf8');
    for (const text of [out, watchJson]) {
      expect(text).not.toContain('xoxWebhookSecretPath42');
      expect(text).not.toContain('/T0001/B0001/');
    }
  });

  it('one retry after a 5xx; a redirect is not followed; a receiver that hangs is given up on', async () => {
    const r = await receivers();
    const staging = await startStaging();
    const notify = `  flaky: { type: json, url: '${'$'}{{ env.FLAKY }}', on: [hold] }
  moved: { type: slack, url: '${'$'}{{ env.MOVED }}', on: [hold] }
  slow: { type: teams, url: '${'$'}{{ env.SLOW }}', on: [hold], timeout: 1s }
`;
    const p = await project(configYaml({ notify }));
    staging.mode = 'faulty';
    const env = {
      FLAKY: `${r.server.url}/flaky/${SECRET_PATH}`,
      MOVED: `${r.server.url}/redirect/${SECRET_PATH}`,
      SLOW: `${r.server.url}/hang/${SECRET_PATH}`,
    };
    const run = await watchOnce(p, staging, { at: hours(0), env });
    expect(run.gate.report.verdict).toBe('hold');
    const by = Object.fromEntries(run.notifications.map((d) => [d.webhook, d]));
    expect(by.flaky).toMatchObject({ state: 'sent', status: 200, attempts: 2 });
    expect(by.moved).toMatchObject({ state: 'failed', status: 302, attempts: 1 });
    expect(by.moved!.detail).toBe(
      `answered 302, a redirect to 127.0.0.1:${r.elsewhere.port}; not followed (set the URL it redirects to)`,
    );
    expect(r.elsewhere.seen).toEqual([]);
    expect(by.slow).toMatchObject({ state: 'failed', attempts: 1, detail: 'no answer within 1.00s' });
    expect(run.notes.filter((n) => n.startsWith('notification'))).toHaveLength(2);
  });

  it('--no-notify and profiles: keep webhooks quiet; events are only those a webhook names', async () => {
    const r = await receivers();
    const staging = await startStaging();
    const p = await project(configYaml({ notify: NOTIFY }));
    staging.mode = 'faulty';
    const run = await watchOnce(p, staging, { at: hours(0), env: envFor(r), extra: { notify: false } });
    expect(run.notifications).toEqual([]);
    expect(run.notes).toContain('webhooks not called (notify off): hold');
    expect(r.server.seen).toEqual([]);
    const hook = {
      name: 'h',
      type: 'json',
      url: 'https://x',
      headers: {},
      on: ['hold'],
      profiles: ['staging'],
      timeoutMs: 1,
      maxReasons: 1,
    } as const;
    expect(eventsFor(hook, ['transition', 'hold'], 'prod')).toEqual([]);
    expect(eventsFor(hook, ['transition', 'hold'], 'staging')).toEqual(['hold']);
  });
});

describe('notify: in the config', () => {
  const parse = (notify: string) =>
    parseConfig(
      'pg.yml',
      `version: 1\nprofiles:\n  prod: { checks: [a] }\nchecks:\n  a: { type: files, paths: [x] }\nnotify:\n${notify}`,
    );

  it('an unset ${{ env.X }} stops the watch before anything runs, at its line', async () => {
    const staging = await startStaging();
    const p = await project(configYaml({ notify: NOTIFY }));
    await expect(watchOnce(p, staging, { at: hours(0) })).rejects.toThrow(ConfigError);
    await expect(watchOnce(p, staging, { at: hours(0) })).rejects.toThrow(
      /pg\.yml:8:30: notify\.slack\.url: \$\{\{ env\.SLACK_WEBHOOK \}\} has no value: the environment variable SLACK_WEBHOOK is not set/,
    );
    expect(staging.seen).toEqual([]);
  });

  it('names unknown profiles, events, types and bad URLs without showing the URL', () => {
    expect(() => parse("  a: { type: slack, url: 'https://hooks.example/x', profiles: [prd] }\n")).toThrow(
      'pg.yml:7:64: notify.a.profiles.0: unknown profile "prd" (did you mean "prod"?) (profiles: prod)',
    );
    expect(() => parse("  a: { type: slack, url: 'https://h/x', on: [always] }\n")).toThrow('notify.a.on.0');
    expect(() => parse("  a: { type: discord, url: 'https://h/x' }\n")).toThrow('notify.a.type');
    const err = (() => {
      try {
        parse("  a: { type: json, url: 'hooks.example/xoxSecretLiteral99' }\n");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain('notify.a.url: expected an absolute http(s) URL');
    expect(err?.message).not.toContain('xoxSecretLiteral99');
    expect(() => parse("  a: { type: json, url: 'https://h/x', headers: { __proto__: x } }\n")).toThrow(
      ConfigError,
    );
  });

  it('an interpolated value that is no URL is a config error, the value not shown', () => {
    const loaded = parse("  a: { type: json, url: '${{ env.HOOK }}' }\n");
    expect(() => planNotify(loaded, { env: { HOOK: 'not a url xoxSecret77' }, inputs: {} })).toThrow(
      'notify.a.url: expected an absolute http(s) URL (the value is not shown: webhook URLs are secrets) (after interpolation)',
    );
    const plan = planNotify(loaded, { env: { HOOK: 'https://hooks.example/T1/B2/secret' }, inputs: {} });
    expect(plan.webhooks[0]).toMatchObject({
      name: 'a',
      on: ['transition'],
      timeoutMs: 10_000,
      maxReasons: 5,
    });
    expect(plan.secrets).toContain('https://hooks.example/T1/B2/secret');
  });
});
