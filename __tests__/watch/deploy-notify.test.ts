import { afterEach, describe, expect, it } from 'vitest';
import { config, project } from '../deploy/fixture.js';
import { closeAllServers, startServer } from '../helpers/servers.js';

/** `rollback` and `drill-failed`: the same webhooks, told by deploy and drill. */

afterEach(closeAllServers);

describe('notify: rollback and drill-failed', () => {
  it('a rolled-back deploy and a failed drill are sent; a good deploy is not; the exit code is theirs', async () => {
    const receiver = await startServer((_req, res) => res.end('ok'));
    const p = await project({
      config: (u) =>
        `${config(u)}notify:\n  ops: { type: json, url: '\${{ env.OPS_WEBHOOK }}', on: [rollback, drill-failed] }\n`,
    });
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      OPS_WEBHOOK: `${receiver.url}/hooks/opsSecretPath123`,
    };

    const good = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=good-2'], { env });
    expect(good.code).toBe(0);
    expect(receiver.seen).toEqual([]);

    const bad = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=bad'], { env });
    expect(bad.code).toBe(1);
    expect(receiver.seen).toHaveLength(1);
    expect(JSON.parse(receiver.seen[0]!.body)).toMatchObject({
      source: 'promotion-gate',
      events: ['rollback'],
      subject: { kind: 'deploy', environment: 'staging' },
      outcome: 'rolled-back',
      tone: 'warning',
      reasons: [{ check: 'verify', observed: 'failed', threshold: 'passed', blocking: true }],
    });

    const drill = await p.cli(['drill', '--environment', 'fragile', '--input', 'version=good-2'], { env });
    expect(drill.code).toBe(4);
    expect(receiver.seen).toHaveLength(2);
    expect(JSON.parse(receiver.seen[1]!.body)).toMatchObject({
      events: ['drill-failed'],
      subject: { kind: 'drill', environment: 'fragile' },
      outcome: 'rollback-failed',
      tone: 'bad',
    });
    expect(`${good.stdout}${good.stderr}${bad.stdout}${bad.stderr}${drill.stderr}`).not.toContain(
      'opsSecretPath123',
    );
  });

  it('an unset webhook URL stops the deploy before any step runs (exit 2)', async () => {
    const p = await project({
      config: (u) =>
        `${config(u)}notify:\n  ops: { type: json, url: '\${{ env.OPS_WEBHOOK }}', on: [rollback] }\n`,
    });
    const r = await p.cli(['deploy', '--environment', 'staging', '--input', 'version=good-2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notify.ops.url: ${{ env.OPS_WEBHOOK }} has no value');
    expect(p.serving()).toBe('good-1');
  });
});
