import { afterEach, describe, expect, it } from 'vitest';
import { closeAllServers } from '../helpers/servers.js';
import { config, project } from './fixture.js';

afterEach(closeAllServers);

const FILE = '.github/promotion-gate.yml';

/** `file:line:column` of `needle`, searched from `after` (the first line that holds it, 1-based). */
function at(text: string, needle: string, after = ''): string {
  const from = after ? text.indexOf(after) : 0;
  const i = text.indexOf(needle, from);
  if (i < 0 || from < 0) throw new Error(`no ${needle} after ${after}`);
  const before = text.slice(0, i).split('\n');
  return `${FILE}:${before.length}:${before.at(-1)!.length + 1}`;
}

const BAD = config(`  typo:
    verify: smoke
    monitor:
      probes: [helth]
  local:
    verify: smoke
    monitor:
      probes: [unit]
  rushed:
    verify: smoke
    monitor:
      window: 30s
      interval: 1m
      probes: [health]
  onlyalert:
    verify: smoke
    monitor:
      probes: [health]
      reaction: rollback
  nothing:
    verify: smoke
  sleepy:
    verify: smoke
    monitor:
      probes: [dormant, health, health]
`).replace(
  "  unit: { type: command, run: 'true' }\n",
  "  unit: { type: command, run: 'true' }\n  dormant: { type: http, enforcement: 'off', url: 'http://127.0.0.1:9/x' }\n",
);

describe('monitor: bad config is exit 2 naming file, line and key', () => {
  it('unknown probe, a probe of a non-live type, interval longer than the window, rollback without a rollback step, no deploy and no monitor, a probe that never runs or is listed twice', async () => {
    const p = await project({ config: BAD });
    const r = await p.cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(7 problems)');
    expect(r.stderr).toContain(
      `environments.sleepy.monitor.probes.0: probe "dormant" has enforcement: off, so it would never run`,
    );
    expect(r.stderr).toContain(`environments.sleepy.monitor.probes.2: probe "health" is listed twice`);
    expect(r.stderr).toContain(
      `${at(BAD, 'helth', '  typo:')}: environments.typo.monitor.probes.0: unknown probe "helth" (did you mean "health"?): probes are ids of live checks in checks:`,
    );
    expect(r.stderr).toContain(
      `${at(BAD, 'unit]', '  local:')}: environments.local.monitor.probes.0: probe "unit" is a command check: a probe must be a live check (http, auth, performance, freshness)`,
    );
    expect(r.stderr).toContain(
      `${at(BAD, '1m', '  rushed:')}: environments.rushed.monitor.interval: interval 1m is longer than the window 30s: the window would end before a second round of probes`,
    );
    expect(r.stderr).toContain(
      `${at(BAD, 'rollback\n', '  onlyalert:')}: environments.onlyalert.monitor.reaction: reaction: rollback needs a rollback step: add environments.onlyalert.rollback`,
    );
    expect(r.stderr).toContain(
      `environments.nothing: environment "nothing" has no deploy step: add environments.nothing.deploy (only an environment that is deployed elsewhere and monitored here may leave it out)`,
    );
    // monitor reads the same file: the same problems, before anything is probed.
    const m = await p.cli(['monitor', '--environment', 'prod']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('(7 problems)');
    expect(p.service.seen).toHaveLength(0);
  });

  it('a ratio outside 0..1, a duration without its unit', async () => {
    const text = config(`  greedy:
    verify: smoke
    monitor:
      interval: 30
      probes: [health]
      degradedWhen: { errorRatio: 5 }
`);
    const p = await project({ config: text });
    const r = await p.cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${at(text, '5 }', '  greedy:')}: environments.greedy.monitor.degradedWhen.errorRatio: errorRatio is a share of answers: from 0 to 1 (0.05 is 5%), got 5`,
    );
    expect(r.stderr).toContain(
      `${at(text, '30', '  greedy:')}: environments.greedy.monitor.interval: 30 has no unit; write 30s (or 30ms)`,
    );
  });

  it('an environment without a monitor, an unknown one, flags that contradict; deploy of an environment only monitored', async () => {
    const p = await project({ config: config('  plain:\n    deploy: { run: "true" }\n    verify: smoke\n') });
    const none = await p.cli(['monitor', '--environment', 'plain']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'environments.plain: environment "plain" has no monitor: add environments.plain.monitor with the probes to run',
    );
    const unknown = await p.cli(['monitor', '--environment', 'prd']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown environment "prd" (did you mean "prod"?)');
    const member = await p.cli(['monitor', '--environment', 'constructor']);
    expect(member.code).toBe(2);
    expect(member.stderr).toContain('unknown environment "constructor"');
    const flags = await p.cli(['monitor', '--environment', 'prod', '--interval', '10s', '--window', '5s']);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain(
      '--interval 10.0s is longer than --window 5.00s: the window would end before a second round of probes',
    );
    const half = await p.cli(['monitor', '--environment', 'prod', '--interval', '10s']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain("--interval 10.0s is longer than the config's window 3.00s");
    const unit = await p.cli(['monitor', '--environment', 'prod', '--window', '15']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('--window: expected a duration like 30s or 2m, got "15"');
    const deploy = await p.cli(['deploy', '--environment', 'prod']);
    expect(deploy.code).toBe(2);
    expect(deploy.stderr).toContain(
      'environments.prod: environment "prod" has no deploy step: it is deployed elsewhere and only monitored here (promotion-gate monitor)',
    );
    expect(p.service.seen).toHaveLength(0);
    expect(none.stderr + deploy.stderr).not.toMatch(/\n\s+at /);
  });

  it('a probe whose input is not given: exit 2 at the check’s own line, nothing probed', async () => {
    const text = config().replace(
      "  pages: { type: http, url: '${{ vars.base }}/page', retries: 0 }",
      "  pages: { type: http, url: '${{ vars.base }}/page/${{ inputs.release }}', retries: 0 }",
    );
    const p = await project({ config: text });
    const r = await p.cli(['monitor', '--environment', 'prod']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${at(text, "'${{ vars.base }}/page/")}: checks.pages.url: \${{ inputs.release }} has no value: pass --input release=VALUE`,
    );
    expect(p.service.seen).toHaveLength(0);
  });
});
