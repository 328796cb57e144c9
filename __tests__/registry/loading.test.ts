import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCheckTypes,
  CHECK_TYPE_NAMES,
  checkType,
  loadCheckTypes,
  loadedCheckTypeNames,
} from '../../src/checks/registry.js';
import { ConfigError } from '../../src/core/errors.js';
import { loadConfigFile, loadFullReading, parseConfig, readConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { planEnvironment } from '../../src/deploy/plan.js';
import { tempDir } from '../helpers/fs.js';

// No check type is loaded before this file (vitest.config.ts): what loads is what the config named.

const LIVE = `version: 1
profiles:
  staging: { checks: [health, home] }
checks:
  health: { type: http, url: "http://127.0.0.1:1/health" }
  home: { type: http, url: "http://127.0.0.1:1/" }
`;

describe('check types load when a config names them', () => {
  it('a config of live probes loads the http type alone, and plans', async () => {
    expect(loadedCheckTypeNames()).toEqual([]);
    const loaded = await readConfig('gate.yml', LIVE);
    expect(loadedCheckTypeNames()).toEqual(['http']);
    const plan = planGate(loaded, 'staging', { env: {}, inputs: {} });
    expect(plan.checks.map((c) => [c.id, c.type])).toEqual([
      ['health', 'http'],
      ['home', 'http'],
    ]);
  });

  it('an environment’s steps load the command type they are planned as', async () => {
    expect(loadedCheckTypeNames()).not.toContain('command');
    const text = `${LIVE}environments:
  staging:
    url: "http://127.0.0.1:1"
    deploy: { run: "./deploy.sh" }
    verify: staging
`;
    const loaded = await readConfig('gate.yml', text);
    expect(loadedCheckTypeNames()).toContain('command');
    const plan = planEnvironment(loaded, 'staging', { env: {}, inputs: {}, cwd: '/tmp' });
    expect(plan.steps.deploy?.run).toBe('./deploy.sh');
  });

  it('a type known but not loaded is an error of ours, never a check that passes unvalidated', async () => {
    await loadFullReading(); // parseConfig's reading
    expect(loadedCheckTypeNames()).not.toContain('secrets');
    const text = 'version: 1\nprofiles:\n  dev: { checks: [s] }\nchecks:\n  s: { type: secrets }\n';
    let thrown: unknown;
    try {
      parseConfig('gate.yml', text);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(ConfigError);
    expect(String(thrown)).toContain('check type "secrets" was used before it was loaded');
    expect(() => checkType('secrets')).toThrow(/before it was loaded/);
    // Names that are no type are no error of ours: validation reports them.
    expect(checkType('constructor')).toBeUndefined();
    expect(checkType('htp')).toBeUndefined();
  });

  it('a config file loads the types its checks and its profiles’ overrides name', async () => {
    const dir = await tempDir('pg-registry-');
    const file = path.join(dir, 'gate.yml');
    await writeFile(
      file,
      [
        'version: 1',
        'profiles:',
        '  dev: { checks: [tests, readme] }',
        '  prod:',
        '    extends: dev',
        '    overrides:',
        '      readme: { type: env, require: [HOME] }',
        'checks:',
        '  tests: { type: command, run: "true" }',
        '  readme: { type: files, paths: [README.md] }',
        '',
      ].join('\n'),
    );
    await loadConfigFile(file, 'gate.yml', { everyProfile: true }).catch((err: unknown) => {
      // Whatever the override makes of the check, it is judged as a config, never unloaded.
      expect(err).toBeInstanceOf(ConfigError);
    });
    expect(loadedCheckTypeNames()).toEqual(expect.arrayContaining(['files', 'env', 'command']));
    expect(loadedCheckTypeNames()).not.toContain('secrets');
  });

  it('an unknown type is a config error that names the closest type, loading nothing for it', async () => {
    const before = loadedCheckTypeNames();
    const text = 'version: 1\nprofiles:\n  dev: { checks: [a] }\nchecks:\n  a: { type: migratons }\n';
    await expect(readConfig('gate.yml', text)).rejects.toThrow(
      /checks\.a\.type: unknown check type "migratons" \(did you mean "migrations"\?\)/,
    );
    expect(loadedCheckTypeNames()).toEqual(before);
  });

  it('loads every type when asked, once each', async () => {
    await Promise.all([loadCheckTypes(), loadCheckTypes(['secrets', 'secrets'])]);
    expect(loadedCheckTypeNames()).toEqual(CHECK_TYPE_NAMES);
    // Each module is the type it is loaded as: a config naming `files` is judged by files' schema.
    expect(allCheckTypes().map((t) => t.type)).toEqual(CHECK_TYPE_NAMES);
    expect(CHECK_TYPE_NAMES).toHaveLength(16);
    const text = 'version: 1\nprofiles:\n  dev: { checks: [s] }\nchecks:\n  s: { type: secrets }\n';
    expect(parseConfig('gate.yml', text).config.checks.s?.type).toBe('secrets');
  });
});
