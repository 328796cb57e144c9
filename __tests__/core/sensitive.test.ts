import { describe, expect, it } from 'vitest';
import { isSensitiveInput, sensitiveEnvValues, shownInputs } from '../../src/core/sensitive.js';

describe('input names that say their value is secret', () => {
  it.each([
    'token',
    'api-token',
    'DB_PASSWORD',
    'deploy-key',
    'client-secret',
    'auth-header',
    'slack-webhook',
    'webhook-url',
    'sentry-dsn',
    'gpg-passphrase',
    'db_pwd',
    'github-pat',
    'pat',
    'session-cookie',
    'bearer',
    'jwt',
    'private-registry-url',
    'request-signature',
    'url-sig',
  ])('%s', (name) => {
    expect(isSensitiveInput(name)).toBe(true);
  });

  it.each(['target-url', 'profile', 'path', 'pattern', 'environment', 'region', 'signal', 'design'])(
    '%s is not',
    (name) => {
      expect(isSensitiveInput(name)).toBe(false);
    },
  );
});

describe('environment variables that say they hold a secret', () => {
  const env = {
    MY_API_SECRET: 'zzTopSecret-123',
    NPM_TOKEN: 'npm_AbCdEf0123456789',
    DB_PASSWORD: 'hunter22-Xyz',
    DB_PWD: 'S3cr3t-Pwd-9',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.e30.sig-part',
    SENTRY_DSN: 'https://abc123def@o1.ingest.sentry.io/42',
    SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0/B0/xoxabc12345',
    GITHUB_PAT: 'github_pat_11ABCDEFG0123456789',
    // Not secrets, whatever their names hold: the working directory, a socket, flags, short words.
    PWD: '/home/runner/work/app/app',
    OLDPWD: '/home/runner',
    SSH_AUTH_SOCK: '/tmp/ssh-XXXXabcd/agent.1234',
    AUTH_ENABLED: 'true',
    TOKEN_TTL: '3600',
    API_KEY_HEADER: 'authorization',
    SECRET_NAME: 'short',
    // Not named as secrets.
    HOME: '/root',
    PATH: '/usr/bin:/bin',
    GITHUB_REPOSITORY: 'acme/permits-service',
    EMPTY_TOKEN: undefined,
  };

  it('registers the values of the ones named as secrets, long enough and not a plain word or number', () => {
    expect(sensitiveEnvValues(env).sort()).toEqual(
      [
        'zzTopSecret-123',
        'npm_AbCdEf0123456789',
        'hunter22-Xyz',
        'S3cr3t-Pwd-9',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'eyJhbGciOiJSUzI1NiJ9.e30.sig-part',
        'https://abc123def@o1.ingest.sentry.io/42',
        'https://hooks.slack.com/services/T0/B0/xoxabc12345',
        'github_pat_11ABCDEFG0123456789',
      ].sort(),
    );
  });
});

describe('inputs as reports show them', () => {
  it('secret ones as ***, each name an own key, __proto__ and constructor included', () => {
    // As the CLI and the action read them: own keys, whatever they are called.
    const inputs = Object.fromEntries([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['api-token', 'tok-123456'],
      ['region', 'eu'],
    ]) as Record<string, string>;
    const shown = shownInputs(inputs);
    expect(Object.keys(shown)).toEqual(['__proto__', 'constructor', 'api-token', 'region']);
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(shown))).toEqual(
      JSON.parse('{"__proto__":"x","constructor":"y","api-token":"***","region":"eu"}'),
    );
  });
});
