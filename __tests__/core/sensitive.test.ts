import { describe, expect, it } from 'vitest';
import { isSensitiveInput } from '../../src/core/sensitive.js';

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
