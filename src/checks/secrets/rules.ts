/**
 * The secret rule set. Curated from the formats providers publish (GitHub's secret-scanning
 * pattern list, AWS/GCP/Azure/Stripe/Slack/npm/OpenAI/Anthropic docs) and cross-checked
 * against gitleaks' and secretlint's rules (both MIT). Chosen over running secretlint's rule
 * preset: that preset has no Azure, JWT or generic-assignment rules, and, measured on this
 * project's machine, scans ≈34 MB/s whole-file — far slower than the keyword-filtered line scan
 * below, which must keep up with `git diff` on 200 MB diffs.
 *
 * Every rule names the keywords one of which must appear (case-insensitively) in a line before
 * its regex runs; the pattern's `secret` group (or the whole match) is the value.
 */
export interface SecretRule {
  id: string;
  title: string;
  /** Lower-case substrings; a line without any of them is never matched against `pattern`. */
  keywords: string[];
  /** Global regex; the named group `secret` is the value, else the whole match. */
  pattern: RegExp;
  /** `warning` for secrets of limited reach (test-mode keys); default failure. */
  level?: 'failure' | 'warning';
  /** Minimum Shannon entropy (bits per character) of the value. */
  entropy?: number;
  /** Assignments to a secret-sounding name: the value is checked harder for placeholders. */
  generic?: boolean;
  /** For assignments: the `name` group must match this (the name ends with a secret-sounding word). */
  name?: RegExp;
  /**
   * Sticky regex that must match right after a keyword for the rule to run: assignments need
   * the keyword to end the name (`db_password = …`), which rules out most lines cheaply.
   */
  after?: RegExp;
  /** Extra condition on the value and its line. */
  accept?(secret: string, line: string): boolean;
}

const B = '(?<![A-Za-z0-9_])'; // no word character before
const E = '(?![A-Za-z0-9_])'; // none after

function rule(r: Omit<SecretRule, 'pattern'> & { pattern: string; flags?: string }): SecretRule {
  const { flags, pattern, ...rest } = r;
  return { ...rest, pattern: new RegExp(pattern, `g${flags ?? ''}`) };
}

const github = (id: string, prefix: string, title: string) =>
  rule({ id, title, keywords: [`${prefix}_`], pattern: `${B}(?<secret>${prefix}_[A-Za-z0-9]{36,251})${E}` });

const isJwt = (s: string) => {
  try {
    const header = JSON.parse(Buffer.from(s.split('.')[0]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
  } catch {
    return false;
  }
};

/** Names whose assigned value is a credential; the name must end with one of them. */
export const SECRET_NAME =
  /(?:password|passwd|passphrase|pwd|secret|secret[_-]?key(?:[_-]?base)?|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|client[_-]?secret|credentials?)$/i;

/** Every ending of SECRET_NAME; a generic rule runs only where one is followed by an assignment. */
const GENERIC_KEYWORDS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'key',
  'key_base',
  'keybase',
  'credential',
  'credentials',
];
const ASSIGNMENT = /["']?\s*(?:=|:=|:|=>|\?\?=)/y;

export const RULES: SecretRule[] = [
  rule({
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: `\\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b`,
  }),
  rule({
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    keywords: ['aws', 'amazon'],
    pattern: `(?:aws|amazon)[\\w.-]{0,20}?(?:secret|private)[\\w.-]{0,20}?['"]?\\s*(?:[:=]|:=|=>)\\s*['"]?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
    flags: 'i',
    entropy: 3.5,
  }),
  rule({
    id: 'gcp-api-key',
    title: 'Google Cloud API key',
    keywords: ['aiza'],
    pattern: `${B}(?<secret>AIza[0-9A-Za-z_-]{35})${E}`,
  }),
  rule({
    id: 'gcp-service-account-key',
    title: 'Google Cloud service-account key id',
    keywords: ['private_key_id'],
    pattern: `"private_key_id"\\s*:\\s*"(?<secret>[a-f0-9]{40})"`,
  }),
  rule({
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: `${B}(?<secret>GOCSPX-[A-Za-z0-9_-]{28})${E}`,
  }),
  rule({
    id: 'azure-storage-key',
    title: 'Azure storage account key',
    keywords: ['accountkey'],
    pattern: `AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)`,
    flags: 'i',
  }),
  rule({
    id: 'azure-shared-access-key',
    title: 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)',
    keywords: ['sharedaccesskey'],
    pattern: `SharedAccessKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{42,44}=)`,
    flags: 'i',
  }),
  rule({
    id: 'azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    keywords: ['q~'],
    pattern: `(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
  }),
  rule({
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    keywords: ['sig='],
    pattern: `[?&;]sig=(?<secret>[A-Za-z0-9%+/]{43,}(?:%3D|=){0,2})`,
    accept: (_s, line) => /[?&;]sv=\d{4}-\d\d-\d\d/.test(line),
  }),
  github('github-pat', 'ghp', 'GitHub personal access token'),
  github('github-oauth-token', 'gho', 'GitHub OAuth access token'),
  github('github-user-token', 'ghu', 'GitHub user-to-server token'),
  github('github-app-token', 'ghs', 'GitHub app installation token'),
  github('github-refresh-token', 'ghr', 'GitHub refresh token'),
  rule({
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: `${B}(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`,
  }),
  rule({
    id: 'slack-token',
    title: 'Slack token',
    keywords: ['xox', 'xapp-'],
    pattern: `${B}(?<secret>(?:xox[abceoprs]|xapp)-(?:\\d-)?(?:[A-Za-z0-9]{1,40}-)+[A-Za-z0-9]{1,40})${E}`,
    accept: (s) => s.length >= 24,
  }),
  rule({
    id: 'slack-webhook',
    title: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,120})`,
  }),
  rule({
    id: 'stripe-live-key',
    title: 'Stripe live secret key',
    keywords: ['sk_live_', 'rk_live_'],
    pattern: `${B}(?<secret>[sr]k_live_[A-Za-z0-9]{20,247})${E}`,
  }),
  rule({
    id: 'stripe-test-key',
    title: 'Stripe test-mode secret key',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: `${B}(?<secret>[sr]k_test_[A-Za-z0-9]{20,247})${E}`,
    level: 'warning',
  }),
  rule({
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: `${B}(?<secret>whsec_[A-Za-z0-9+/=]{32,})${E}`,
  }),
  rule({
    id: 'npm-token',
    title: 'npm access token',
    keywords: ['npm_'],
    pattern: `${B}(?<secret>npm_[A-Za-z0-9]{36})${E}`,
  }),
  rule({
    id: 'npmrc-auth-token',
    title: 'npm registry auth token in .npmrc',
    keywords: ['_authtoken', '_auth='],
    pattern: `:_auth(?:Token)?\\s*=\\s*(?<secret>[^\\s$'"{][^\\s'"]{7,})`,
  }),
  rule({
    id: 'openai-api-key',
    title: 'OpenAI API key',
    keywords: ['sk-'],
    pattern: `${B}(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])`,
  }),
  rule({
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-'],
    pattern: `${B}(?<secret>sk-ant-(?:api|admin|sid)\\d{2}-[A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])`,
  }),
  rule({
    id: 'private-key',
    title: 'Private key',
    keywords: ['private key'],
    // One-line forms (JSON, escaped "\n"): the marker followed by key material on the same line.
    pattern: `-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:\\\\r)?(?:\\\\n|\\s)+(?<secret>[A-Za-z0-9+/=]{40,})`,
  }),
  rule({
    id: 'jwt',
    title: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: `${B}(?<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])`,
    accept: (s) => isJwt(s),
  }),
  rule({
    id: 'connection-string-password',
    title: 'Connection string with a password',
    keywords: ['://'],
    pattern: `\\b(?:postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|jdbc:[a-z]+|s?ftp|smtps?|ldaps?|https?)://[^\\s:@/'"\`]{1,128}:(?<secret>[^\\s@/'"\`]{3,256})@[^\\s'"\`]+`,
    flags: 'i',
    generic: true,
  }),
  rule({
    id: 'connection-string-password',
    title: 'Connection string with a password',
    keywords: ['password=', 'pwd='],
    pattern: `(?:^|[;"'\\s])(?:password|pwd)\\s*=\\s*(?<secret>[^;'"\\s]{4,})\\s*(?:;|$|['"])`,
    flags: 'i',
    generic: true,
    accept: (_s, line) => /(?:server|data source|host|user id|uid)\s*=/i.test(line),
  }),
  rule({
    id: 'generic-secret-assignment',
    title: 'Secret assigned in code or config',
    keywords: GENERIC_KEYWORDS,
    after: ASSIGNMENT,
    // name = "value" / name: 'value' / "name": "value" / name := `value` / name => "value"
    pattern: `(?<name>[A-Za-z0-9_.-]{2,64})['"]?\\s*(?:=|:=|:|=>|\\?\\?=)\\s*(?:[A-Za-z]+\\()?(?<q>["'\`])(?<secret>[^"'\`\\s]{8,200})\\k<q>`,
    entropy: 3.0,
    generic: true,
    name: SECRET_NAME,
  }),
  rule({
    id: 'generic-secret-assignment',
    title: 'Secret assigned in code or config',
    keywords: GENERIC_KEYWORDS,
    after: ASSIGNMENT,
    // Unquoted values of .env, YAML, INI and properties files: NAME=value, name: value, also as a
    // list item (docker-compose `- DB_PASSWORD=…`) or commented out (still in the history).
    pattern: `^\\s*(?:(?:-|#|//|;)\\s*)?(?:export\\s+)?(?<name>[A-Za-z0-9_.-]{2,64})\\s*[:=]\\s*(?<secret>[^\\s'"#;,\`{}()[\\]]{8,200})\\s*(?:#.*)?$`,
    entropy: 3.0,
    generic: true,
    name: SECRET_NAME,
  }),
];
