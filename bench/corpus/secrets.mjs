// Planted secrets and decoys for the `secrets` check (format: README.md). Every token is made at
// run time by a seeded generator from pieces, so no credential sits in this file; the same seed
// gives the same corpus on every run. A planted row names the finding's title words (`match`), so
// a miss says which format missed. Decoys are grouped by kind, several files or lines a case.
import { createHash } from 'node:crypto';

// ── Generated values ─────────────────────────────────────────────────────────────────────────

let state = 0x5eed2024;
function next() {
  // xorshift32: deterministic, random enough for an entropy test.
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>>= 0);
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}_-`;
const BASE32 = `${UPPER}234567`;
/** What a person types or a placeholder holds; a generated value never does. */
const HUMAN =
  /(.)\1\1|example|sample|test|fake|dummy|passw|secret|token|demo|mock|null|none|true|false|admin|default|local|insert|replace|redact|your|xxxx|undefined|qwe|asd|zxc|123|abc/i;

function ascendingRun(s) {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) - s.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

/** `n` random characters of `alphabet`, none of them reading like a stand-in. */
function chars(n, alphabet = ALNUM) {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[next() % alphabet.length];
    if (!HUMAN.test(s) && !ascendingRun(s) && !/^[a-z]+$|^[A-Z][a-z]+$/.test(s)) return s;
  }
}
const hex = (n) => chars(n, HEX);
const digits = (n) => chars(n, DIGITS).replace(/^0/, '7');
const uuid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
const b64 = (s) => Buffer.from(s).toString('base64');
const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A password a person would choose: words, leet spelling, a digit and a sign. */
const password = () => `${chars(4, UPPER + LOWER)}${digits(2)}!${chars(5, LOWER + UPPER)}`;

/** The fingerprint the check gives a finding (scanner.ts), for a reviewed baseline. */
const fingerprint = (rule, file, secret) =>
  createHash('sha256').update(`${rule}\0${file}\0${secret}`).digest('hex').slice(0, 24);

// ── Case builders ─────────────────────────────────────────────────────────────────────────────

/** `s` as UTF-16LE bytes, one character of the text for each byte (the corpus writes UTF-8). */
const wide = (s) => [...s].map((c) => `${c}\x00`).join('');

/** A planted row: the findings expected on it, their messages matching `match` (one or several). */
const hit = (text, match) => ({ text, match });

function build(files) {
  const head = {};
  const expect = [];
  for (const [file, rows] of Object.entries(files)) {
    if (rows === null) {
      head[file] = null;
      continue;
    }
    head[file] = `${rows
      .map((r, i) => {
        if (typeof r === 'string') return r;
        for (const match of [r.match].flat()) expect.push({ file, line: i + 1, match });
        return r.text;
      })
      .join('\n')}\n`;
  }
  return { head, expect };
}

/** Planted secrets: `files` maps a path to its rows, `hit(…)` rows are the findings expected. */
function plant(id, note, files, more = {}) {
  const { head, expect } = build(files);
  if (expect.length === 0) throw new Error(`${id}: a planted case expects a finding`);
  return { id, planted: true, note, ...more, head, expect };
}

/** A decoy: nothing in `files` may be reported (accepted findings, notices, are fine). */
function decoy(id, note, files, more = {}) {
  const { head, expect } = build(files);
  if (expect.length) throw new Error(`${id}: a decoy expects nothing`);
  return { id, planted: false, note, ...more, head };
}

const jwt = () =>
  `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: chars(12), iat: 1716000000, scope: 'deploy' })}.${chars(43, URLSAFE)}`;
const pem = (label) => [
  `-----BEGIN ${label}-----`,
  ...Array.from({ length: 5 }, () => chars(64, B64)),
  `${chars(24, B64)}==`,
  `-----END ${label}-----`,
];

// ── Planted ──────────────────────────────────────────────────────────────────────────────────

const twilioSid = `AC${hex(32)}`;

const planted = [
  // Cloud providers
  plant('aws-access-keys', 'AWS access key id and secret in a .env file', {
    'deploy/.env.production': [
      'AWS_REGION=eu-west-1',
      hit(`AWS_ACCESS_KEY_ID=AKIA${chars(16, BASE32)}`, 'AWS access key ID'),
      hit(`AWS_SECRET_ACCESS_KEY=${chars(40, B64)}`, 'AWS secret access key'),
    ],
  }),
  plant('aws-session-token', 'AWS session token in a credentials file', {
    'ops/aws/credentials': [
      '[ci]',
      hit(`aws_access_key_id = ASIA${chars(16, BASE32)}`, 'AWS access key ID'),
      hit(`aws_session_token = IQoJb3JpZ2luX2Vj${chars(320, B64)}`, 'AWS session token'),
    ],
  }),
  plant('gcp-keys', 'Google API key in a web client, service-account key file', {
    'web/src/maps.ts': [
      "import { Loader } from '@googlemaps/js-api-loader';",
      hit(
        `const loader = new Loader({ apiKey: 'AIza${chars(35, URLSAFE)}', version: 'weekly' });`,
        'Google Cloud API key',
      ),
    ],
    'deploy/gcp/service-account.json': [
      '{',
      '  "type": "service_account",',
      '  "project_id": "acme-prod",',
      hit(`  "private_key_id": "${hex(40)}",`, 'service-account key id'),
      hit(
        `  "private_key": "-----BEGIN PRIVATE KEY-----\\n${chars(64, B64)}\\n${chars(64, B64)}\\n-----END PRIVATE KEY-----\\n",`,
        'Private key',
      ),
      '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com"',
      '}',
    ],
  }),
  plant('gcp-oauth-client-secret', 'Google OAuth client secret in client_secret.json', {
    'auth/client_secret.json': [
      hit(
        `{"web":{"client_id":"${digits(12)}-${chars(32, LOWER + DIGITS)}.apps.googleusercontent.com","client_secret":"GOCSPX-${chars(28, URLSAFE)}"}}`,
        'Google OAuth client secret',
      ),
    ],
  }),
  plant('azure-storage-connection-string', 'Azure storage connection string in appsettings.json', {
    'src/Api/appsettings.Production.json': [
      '{',
      '  "ConnectionStrings": {',
      hit(
        `    "Blob": "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${chars(86, B64)}==;EndpointSuffix=core.windows.net"`,
        'Azure storage account key',
      ),
      '  }',
      '}',
    ],
  }),
  plant('azure-ad-client-secret', 'Entra ID client secret in Terraform variables', {
    'infra/prod.tfvars': [
      'tenant_id = "acme.onmicrosoft.com"',
      hit(`client_secret = "${chars(3)}8Q~${chars(34, `${ALNUM}_.`)}"`, 'Azure AD'),
    ],
  }),
  plant('azure-sas-url', 'Azure blob SAS URL in a script', {
    'scripts/fetch-model.sh': [
      '#!/bin/sh',
      hit(
        `curl -fsSL "https://acmeml.blob.core.windows.net/models/latest.onnx?sv=2023-11-03&ss=b&srt=o&sp=r&se=2026-01-01&sig=${chars(43, ALNUM)}%3D" -o model.onnx`,
        'shared access signature',
      ),
    ],
  }),
  plant('digitalocean-token', 'DigitalOcean tokens in CI config and a script (lower-case hex bodies)', {
    '.github/workflows/deploy.yml': [
      'env:',
      hit(`  DIGITALOCEAN_ACCESS_TOKEN: dop_v1_${hex(64)}`, 'DigitalOcean personal access token'),
    ],
    'scripts/doctl.sh': [
      hit(`doctl auth init --access-token dop_v1_${hex(64)}`, 'DigitalOcean personal access token'),
    ],
  }),
  plant('heroku-api-key', 'Heroku API keys, new and legacy format', {
    'Procfile.env': [hit(`HEROKU_API_KEY=HRKU-AA${chars(58, URLSAFE)}`, 'Heroku API key')],
    'config/heroku.yml': [hit(`heroku_api_key: ${uuid()}`, 'Heroku API key')],
  }),
  plant('cloudflare-api-token', 'Cloudflare API token in wrangler secrets', {
    'wrangler.env': [hit(`CLOUDFLARE_API_TOKEN=${chars(40, URLSAFE)}`, 'Cloudflare API key')],
  }),
  plant('alibaba-access-key', 'Alibaba Cloud AccessKey pair', {
    'config/oss.properties': [
      hit(`oss.accessKeyId=LTAI${chars(20)}`, 'Alibaba Cloud AccessKey ID'),
      hit(`oss.accessKeySecret=${chars(30)}`, 'Secret assigned'),
    ],
  }),
  plant('vault-token', 'HashiCorp Vault service token', {
    'ops/vault.env': [hit(`VAULT_TOKEN=hvs.${chars(95, URLSAFE)}`, 'Vault token')],
  }),
  plant('databricks-token', 'Databricks token in a notebook config', {
    'notebooks/.databrickscfg': [
      '[DEFAULT]',
      'host = https://adb-1234.azuredatabricks.net',
      hit(`token = dapi${hex(32)}`, 'Databricks'),
    ],
  }),
  plant('terraform-cloud-token', 'Terraform Cloud token in .terraformrc', {
    '.terraformrc': [
      'credentials "app.terraform.io" {',
      hit(`  token = "${chars(14)}.atlasv1.${chars(67, URLSAFE)}"`, 'Terraform Cloud'),
      '}',
    ],
  }),
  plant('platform-tokens', 'Fly.io, Vercel, Supabase and PlanetScale tokens in one .env', {
    '.env.deploy': [
      hit(`FLY_API_TOKEN=fo1_${chars(43, URLSAFE)}`, 'Fly.io'),
      hit(`VERCEL_TOKEN=vcp_${chars(40)}`, 'Vercel'),
      hit(`SUPABASE_ACCESS_TOKEN=sbp_${hex(40)}`, 'Supabase'),
      hit(`DATABASE_PASSWORD=pscale_pw_${chars(43, URLSAFE)}`, 'PlanetScale'),
    ],
  }),

  // Source hosting, CI/CD and package registries
  plant('github-tokens', 'GitHub classic and fine-grained tokens', {
    '.github/workflows/release.yml': [
      'steps:',
      '  - run: gh release create v1.2.0',
      hit(`    env: { GH_TOKEN: ghp_${chars(36)} }`, 'GitHub personal access token'),
    ],
    'scripts/clone.sh': [
      hit(
        `git clone https://oauth2:github_pat_${chars(22)}_${chars(59)}@github.com/acme/infra.git`,
        'GitHub fine-grained',
      ),
    ],
  }),
  plant('gitlab-tokens', 'GitLab PAT in a URL query, runner token, deploy token', {
    'scripts/gitlab-issues.sh': [
      hit(
        `curl -s "https://gitlab.acme.io/api/v4/projects/42/issues?state=opened&private_token=glpat-${chars(20, URLSAFE)}"`,
        'GitLab personal access token',
      ),
    ],
    '.gitlab/runner.toml': [
      '[[runners]]',
      '  url = "https://gitlab.acme.io"',
      hit(`  token = "glrt-${chars(20, URLSAFE)}"`, 'GitLab runner token'),
    ],
    'deploy/registry.env': [hit(`CI_DEPLOY_PASSWORD=gldt-${chars(20, URLSAFE)}`, 'GitLab deploy token')],
  }),
  plant('npm-tokens', 'npm tokens in .npmrc and a publish script', {
    '.npmrc': [hit(`//registry.npmjs.org/:_authToken=npm_${chars(36)}`, 'npm')],
    'scripts/publish.sh': [
      hit(`NODE_AUTH_TOKEN=npm_${chars(36)} npm publish --access public`, 'npm access token'),
    ],
  }),
  plant('pypi-token', 'PyPI upload token in .pypirc', {
    '.pypirc': [
      '[pypi]',
      'username = __token__',
      hit(`password = pypi-AgEIcHlwaS5vcmc${chars(120, URLSAFE)}`, 'PyPI'),
    ],
  }),
  plant('docker-credentials', 'Docker Hub token and a registry auth in config.json', {
    'ci/docker-login.sh': [
      hit(`echo dckr_pat_${chars(27, URLSAFE)} | docker login -u acmebot --password-stdin`, 'Docker Hub'),
    ],
    'ci/docker/config.json': [
      '{',
      hit(
        `  "auths": { "registry.acme.io": { "auth": "${b64(`deployer:${password()}`)}" } }`,
        'Docker registry credentials',
      ),
      '}',
    ],
  }),
  plant('registry-tokens', 'Artifactory, RubyGems and SonarQube tokens', {
    'gradle.properties': [hit(`artifactoryApiKey=AKCp${chars(69)}`, 'Artifactory API key')],
    '.gem/credentials': ['---', hit(`:rubygems_api_key: rubygems_${hex(48)}`, 'RubyGems')],
    'sonar-project.properties': ['sonar.projectKey=acme_api', hit(`sonar.token=squ_${hex(40)}`, 'Sonar')],
  }),

  // Chat and social
  plant('slack', 'Slack bot token and incoming webhook', {
    'bot/app.py': [
      'from slack_sdk import WebClient',
      hit(`client = WebClient(token="xoxb-${digits(12)}-${digits(13)}-${chars(24)}")`, 'Slack token'),
    ],
    'bot/notify.js': [
      hit(
        `const HOOK = 'https://hooks.slack.com/services/T${chars(10, UPPER + DIGITS)}/B${chars(10, UPPER + DIGITS)}/${chars(24)}';`,
        'Slack incoming webhook',
      ),
    ],
  }),
  plant('discord-webhook', 'Discord webhooks in a .env file and in code', {
    '.env.alerts': [
      hit(
        `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${digits(19)}/${chars(68, URLSAFE)}`,
        'Discord webhook',
      ),
    ],
    'src/alerts/discord.ts': [
      "import { request } from 'undici';",
      hit(
        `const hook = "https://discordapp.com/api/webhooks/${digits(18)}/${chars(68, URLSAFE)}";`,
        'Discord webhook',
      ),
      'export const notify = (content: string) => request(hook, { method: "POST", body: JSON.stringify({ content }) });',
    ],
  }),
  plant('discord-bot-token', 'Discord bot token passed to login', {
    'bot/index.js': [
      "const { Client } = require('discord.js');",
      'const client = new Client({ intents: [] });',
      hit(
        `client.login('MT${chars(24, URLSAFE)}.${chars(6, URLSAFE)}.${chars(38, URLSAFE)}');`,
        'Discord bot token',
      ),
    ],
  }),
  plant('telegram-bot-token', 'Telegram bot tokens inside route paths', {
    'src/notify/telegram.ts': [
      hit(
        `await fetch(\`https://api.telegram.org/bot${digits(10)}:AA${chars(33, URLSAFE)}/sendMessage\`, { method: 'POST', body });`,
        'Telegram bot token',
      ),
    ],
    'ops/notify.py': [
      hit(
        `requests.post("https://api.telegram.org/bot${digits(9)}:AA${chars(33, URLSAFE)}/sendDocument", files=files)`,
        'Telegram bot token',
      ),
    ],
  }),
  plant('teams-webhook', 'Microsoft Teams incoming webhook URL', {
    'ops/teams.env': [
      hit(
        `TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${hex(32)}/${uuid()}`,
        'Teams',
      ),
    ],
  }),

  // Payments and commerce
  plant('stripe', 'Stripe live key and webhook secret', {
    'billing/config.rb': [hit(`Stripe.api_key = 'sk_live_${chars(32)}'`, 'Stripe live secret key')],
    'billing/webhooks.ts': [hit(`const endpointSecret = 'whsec_${chars(32)}';`, 'Stripe webhook')],
  }),
  plant('square-token', 'Square production access token', {
    'pos/square.env': [hit(`SQUARE_ACCESS_TOKEN=EAAA${chars(60, URLSAFE)}`, 'Square')],
  }),
  plant('shopify-tokens', 'Shopify tokens of every kind (lower-case hex bodies)', {
    'shop/.env': [
      hit(`SHOPIFY_ADMIN_TOKEN=shpat_${hex(32)}`, 'Shopify access token'),
      hit(`SHOPIFY_API_SECRET=shpss_${hex(32)}`, 'Shopify shared secret'),
      hit(`SHOPIFY_CUSTOM_APP_TOKEN=shpca_${hex(32)}`, 'Shopify custom app'),
      hit(`SHOPIFY_PRIVATE_APP_PASSWORD=shppa_${hex(32)}`, 'Shopify private app'),
    ],
  }),
  plant('braintree-token', 'Braintree production access token', {
    'payments/braintree.yml': [
      hit(`access_token: access_token$production$${chars(16, LOWER + DIGITS)}$${hex(32)}`, 'Braintree'),
    ],
  }),

  // Email and messaging
  plant('sendgrid', 'SendGrid keys passed bare to a call', {
    'mail/send.js': [
      "const sgMail = require('@sendgrid/mail');",
      hit(`sgMail.setApiKey("SG.${chars(22, URLSAFE)}.${chars(43, URLSAFE)}");`, 'SendGrid'),
    ],
    'mail/send.py': [
      'from sendgrid import SendGridAPIClient',
      hit(`sg = SendGridAPIClient('SG.${chars(22, URLSAFE)}.${chars(43, URLSAFE)}')`, 'SendGrid'),
    ],
  }),
  plant('mailgun', 'Mailgun keys (key-<hex>) in env and code', {
    'mail/.env': [hit(`MAILGUN_API_KEY=key-${hex(32)}`, 'Mailgun')],
    'mail/mg.py': [hit(`auth=("api", "key-${hex(32)}")`, 'Mailgun')],
  }),
  plant('mailchimp-and-brevo', 'Mailchimp and Brevo API keys', {
    'marketing/settings.py': [
      hit(`MAILCHIMP_API_KEY = "${hex(32)}-us${digits(2)}"`, 'Mailchimp'),
      hit(`BREVO_API_KEY = "xkeysib-${hex(64)}-${chars(16)}"`, 'Brevo'),
    ],
  }),
  plant('twilio-cli', 'Twilio API key and secrets as CLI flags, SID:token as Basic credentials', {
    'scripts/twilio-setup.sh': [
      '#!/bin/sh',
      hit(
        `twilio profiles:create --account-sid ${twilioSid} --api-key SK${hex(32)} --api-secret ${chars(32)}`,
        ['Twilio API key', 'Secret assigned'],
      ),
      hit(
        `twilio api:core:messages:list --account-sid ${twilioSid} --auth-token ${hex(32)}`,
        'Secret assigned',
      ),
      hit(
        `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${twilioSid}/Messages.json" -u "${twilioSid}:${hex(32)}" --data-urlencode "Body=deploy done"`,
        'Twilio auth token',
      ),
    ],
  }),

  // Observability
  plant('datadog-names', 'Datadog keys under DD_API_KEY, DD_APP_KEY and a Helm values file', {
    'deploy/agent.sh': [
      hit(
        `docker run -d --name dd-agent -e DD_API_KEY=${hex(32)} -e DD_SITE="datadoghq.eu" gcr.io/datadoghq/agent:7`,
        'Datadog',
      ),
    ],
    'deploy/monitors/.env': [hit(`DD_APP_KEY=${hex(40)}`, 'Datadog')],
    'deploy/helm/values.yaml': [
      'datadog:',
      hit(`  appKey: ${hex(40)}`, 'Secret assigned'),
      '  site: datadoghq.eu',
    ],
  }),
  plant('service-key-names', '…_KEY names of known services', {
    'config/search.env': [
      hit(`ALGOLIA_ADMIN_KEY=${chars(32)}`, 'Algolia'),
      hit(`MAPBOX_KEY=${chars(40)}`, 'Secret assigned'),
    ],
  }),
  plant('new-relic-keys', 'New Relic license key and user API key', {
    'newrelic.yml': [
      'common: &default_settings',
      hit(`  license_key: ${hex(36)}NRAL`, 'New Relic'),
      hit(`  api_key: NRAK-${chars(27, UPPER + DIGITS)}`, 'New Relic'),
    ],
  }),
  plant('sentry-grafana', 'Sentry and Grafana tokens in CI', {
    '.gitlab-ci.yml': [
      'release:',
      '  variables:',
      hit(`    SENTRY_AUTH_TOKEN: sntryu_${hex(64)}`, 'Sentry'),
      hit(`    GRAFANA_TOKEN: glsa_${chars(32)}_${hex(8)}`, 'Grafana'),
    ],
  }),

  // AI providers
  plant('ai-keys', 'OpenAI, Anthropic, Hugging Face and Groq keys', {
    'ml/keys.py': [
      hit(`openai.api_key = "sk-proj-${chars(64, URLSAFE)}"`, 'OpenAI'),
      hit(`client = anthropic.Anthropic(api_key="sk-ant-api03-${chars(93, URLSAFE)}AA")`, 'Anthropic'),
      hit(`login(token="hf_${chars(34, UPPER + LOWER)}")`, 'Hugging Face'),
      hit(`groq = Groq(api_key="gsk_${chars(52)}")`, 'Groq'),
    ],
  }),

  // Private keys and tokens
  plant('private-keys', 'PEM, OpenSSH and PGP private keys', {
    'deploy/keys/tls.key': pem('RSA PRIVATE KEY').map((r, i) => (i === 0 ? hit(r, 'Private key') : r)),
    'deploy/keys/id_ed25519': pem('OPENSSH PRIVATE KEY').map((r, i) => (i === 0 ? hit(r, 'Private key') : r)),
    'deploy/keys/signing.asc': [
      hit('-----BEGIN PGP PRIVATE KEY BLOCK-----', 'Private key'),
      'Version: GnuPG v2',
      '',
      ...Array.from({ length: 4 }, () => chars(64, B64)),
      `=${chars(4, B64)}`,
      '-----END PGP PRIVATE KEY BLOCK-----',
    ],
  }),
  plant('jwt-tokens', 'A bearer JWT in a test script and a JWT signing secret in code', {
    'scripts/smoke.sh': [
      hit(`curl -H "Authorization: Bearer ${jwt()}" https://api.acme.io/v1/me`, 'JSON Web Token'),
    ],
    'src/auth/session.js': [
      hit(
        `const token = jwt.sign({ sub: user.id }, "${chars(28)}", { expiresIn: '1h' });`,
        'JWT signing secret',
      ),
    ],
  }),

  // Passwords
  plant('database-url-word-password', 'Database URLs whose password looks like words', {
    'config/database.yml': [
      'production:',
      hit('  url: postgresql://admin:S3cr3tPassw0rd@db.internal.acme.io:5432/app', 'Connection string'),
    ],
    'app/settings.py': [
      hit(
        `SQLALCHEMY_DATABASE_URI = "mysql+pymysql://app:${password()}@mysql.internal/app"`,
        'Connection string',
      ),
    ],
    'worker/.env': [hit(`REDIS_URL=rediss://:${chars(24)}@cache.acme.io:6380/0`, 'Connection string')],
    'api/db.js': [
      hit(
        `mongoose.connect('mongodb+srv://svc-api:${chars(20)}@cluster0.x1y2z.mongodb.net/prod');`,
        'Connection string',
      ),
    ],
  }),
  plant('sql-passwords', 'Passwords in SQL: CREATE ROLE, ALTER USER, IDENTIFIED BY, MSSQL logins', {
    'db/migrations/V12__roles.sql': [
      '-- application roles',
      hit(`CREATE ROLE app_rw WITH LOGIN PASSWORD '${password()}';`, 'Password in SQL'),
      hit(`ALTER USER reporting WITH PASSWORD '${password()}' VALID UNTIL '2027-01-01';`, 'Password in SQL'),
      'GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;',
    ],
    'db/mysql/users.sql': [hit(`CREATE USER 'etl'@'%' IDENTIFIED BY '${password()}';`, 'Password in SQL')],
    'db/mssql/logins.sql': [
      hit(`CREATE LOGIN app WITH PASSWORD = N'${password()}', CHECK_POLICY = ON;`, 'Password in SQL'),
    ],
  }),
  plant('connection-strings', 'ADO.NET and JDBC connection strings with passwords', {
    'src/Web/appsettings.json': [
      hit(
        `{ "ConnectionStrings": { "Db": "Server=sql01.acme.local;Database=Orders;User Id=orders_app;Password=${password()};" } }`,
        'Connection string',
      ),
    ],
    'src/main/resources/application.properties': [
      hit(
        `spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=orders;user=orders_app;password=${password()}`,
        'Connection string',
      ),
    ],
  }),
  plant('command-line-passwords', 'Passwords on command lines: curl -u, mysql -p, -D property, PGPASSWORD', {
    'scripts/backup.sh': [
      hit(
        `mysqldump -h db.internal -u backup -p${password()} --all-databases > all.sql`,
        'Password on a command line',
      ),
      hit(
        `curl -u deploy:${chars(20)} -X POST https://jenkins.acme.io/job/release/build`,
        'Password on a command line',
      ),
      hit(`PGPASSWORD=${chars(20)} pg_dump -h pg.internal -U app app > app.sql`, 'Secret assigned'),
      hit(`java -Dspring.datasource.password=${chars(18)} -jar app.jar`, 'Secret assigned'),
    ],
  }),
  plant('credential-files', '.netrc, Maven settings.xml, NuGet.config and a Basic auth header', {
    '.netrc': [hit(`machine api.heroku.com login ops@acme.io password ${chars(24)}`, '.netrc')],
    '.m2/settings.xml': [
      '<settings><servers>',
      hit(
        `  <server><id>releases</id><username>ci</username><password>${chars(20)}</password></server>`,
        'Secret assigned',
      ),
      '</servers></settings>',
    ],
    'NuGet.config': [
      '<packageSourceCredentials><acme>',
      hit(`  <add key="ClearTextPassword" value="${chars(20)}" />`, 'Secret assigned'),
      '</acme></packageSourceCredentials>',
    ],
    'scripts/health.sh': [
      hit(
        `curl -H "Authorization: Basic ${b64(`monitor:${password()}`)}" https://status.acme.io/internal`,
        'Authorization header',
      ),
    ],
  }),
  plant('kubernetes-secret', 'A Kubernetes Secret with a real password, base64-encoded', {
    'k8s/db-secret.yaml': [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db',
      'data:',
      hit(`  password: ${b64(password())}`, 'Secret assigned'),
    ],
  }),

  // Generic assignments
  plant('generic-assignments', 'Secrets assigned to secret-sounding names in many languages', {
    'config/app.yml': ['app:', hit(`  api_key: "${chars(32)}"`, 'Secret assigned')],
    'src/oauth.ts': [hit(`const clientSecret = "${chars(32)}";`, 'Secret assigned')],
    '.env.production': [hit(`DB_PASSWORD=${chars(24)}`, 'Secret assigned')],
    'laravel/.env': [hit(`APP_KEY=base64:${b64(chars(32))}`, 'Secret assigned')],
    'django/settings.py': [hit(`SECRET_KEY = "${chars(50, `${ALNUM}!@%^*(-_=+)`)}"`, 'Secret assigned')],
    'src/client.go': [hit(`client := api.New(api.Config{Token: "${chars(40)}"})`, 'Secret assigned')],
  }),
  plant('generic-in-urls-and-calls', 'A key in a query string, a token passed to a setter', {
    'web/feed.js': [
      hit(
        `fetch(\`https://api.weatherstack.io/current?access_key=${hex(32)}&query=Berlin\`)`,
        'Secret assigned',
      ),
    ],
    'src/Client.java': [hit(`client.setAccessToken("${chars(40)}");`, 'Secret assigned')],
  }),

  // A change that declares its own files binary, so that git would print no line of them
  plant(
    'hidden-by-attributes',
    'A .gitattributes of the change marks the files holding keys -diff and binary',
    {
      '.gitattributes': ['*.env -diff', 'ops/** binary'],
      'config/prod.env': [hit(`AWS_ACCESS_KEY_ID=AKIA${chars(16, BASE32)}`, 'AWS access key ID')],
      'ops/deploy.sh': [hit(`export GITHUB_TOKEN=ghp_${chars(36)}`, 'GitHub personal access token')],
    },
  ),
  // Binary by its bytes: one NUL byte among the first 8,000, or text stored as UTF-16
  plant('hidden-in-binary', 'A NUL byte makes an .env binary to git; a settings file stored as UTF-16', {
    'config/prod.env': [
      '\x00',
      'REGION=eu-west-1',
      hit(`AWS_ACCESS_KEY_ID=AKIA${chars(16, BASE32)}`, 'AWS access key ID'),
    ],
    'deploy/settings.ini': [
      wide('[deploy]'),
      hit(wide(`GITHUB_TOKEN=ghp_${chars(36)}`), 'GitHub personal access token'),
    ],
  }),
];

// ── Decoys ───────────────────────────────────────────────────────────────────────────────────

const decoys = [
  decoy('placeholders-env', 'An .env.example full of placeholders', {
    '.env.example': [
      'API_KEY=your_api_key_here',
      'SECRET_KEY=changeme',
      'DB_PASSWORD=<password>',
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'SENDGRID_API_KEY=SG.XXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'AUTH_TOKEN=REPLACE_ME',
      'SESSION_SECRET=',
      'DO_TOKEN=dop_v1_<token>',
    ],
  }),
  decoy('aws-documented-examples', 'The keys AWS documents as examples', {
    'docs/aws.md': [
      '```ini',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      '```',
    ],
  }),
  decoy('env-references', 'References to secrets kept elsewhere', {
    '.github/workflows/ci.yml': [
      'env:',
      '  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '  DD_API_KEY: ${{ secrets.DD_API_KEY }}',
      '  - run: npm publish --token "$NPM_TOKEN"',
    ],
    'src/config.ts': [
      'export const stripeKey = process.env.STRIPE_SECRET_KEY!;',
      'const dbPassword = env("DB_PASSWORD");',
    ],
    'app/config.py': [
      'password = os.environ["DB_PASSWORD"]',
      'api_key = os.getenv("API_KEY")',
      'DATABASE_URL = f"postgresql://app:{password}@db/app"',
    ],
    'deploy/compose.yml': [
      '    environment:',
      '      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}',
      '      - DATABASE_URL=postgres://app:${DB_PASS}@db:5432/app',
    ],
    'charts/api/templates/secret.yaml': [
      'stringData:',
      '  password: {{ .Values.db.password | quote }}',
      '  token: "{{ .Values.apiToken }}"',
    ],
  }),
  decoy('database-url-placeholders', 'Database URLs with placeholder or default passwords', {
    'docs/database.md': [
      'DATABASE_URL=postgres://user:password@localhost:5432/dev',
      'DATABASE_URL=postgres://postgres:postgres@db:5432/app',
      'DATABASE_URL=postgresql://app:<password>@db.acme.io:5432/app',
      'MONGO_URL=mongodb://admin:changeme@mongo:27017',
      'REDIS_URL=redis://:example@cache:6379',
      'AMQP_URL=amqp://guest:guest@rabbitmq:5672/',
      'TEST_DB=postgresql://user:pass@localhost/test',
      'MYSQL_URL=mysql://root:mysecretpassword@127.0.0.1:3306/app',
      'SQLSERVER="Server=localhost;Database=app;User Id=sa;Password=YourStrong!Passw0rd;"',
    ],
  }),
  decoy('lockfiles', 'Hashes, checksums and registry URLs in lockfiles', {
    'package-lock.json': [
      '{',
      '  "packages": {',
      '    "node_modules/left-pad": {',
      '      "version": "1.3.0",',
      '      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",',
      `      "integrity": "sha512-${chars(86, B64)}=="`,
      '    }',
      '  }',
      '}',
    ],
    'yarn.lock': [
      '"@babel/core@^7.24.0":',
      '  version "7.24.5"',
      '  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#15ab5b98e101972d171aeef92ac70d8d6718f06a"',
      `  integrity sha512-${chars(86, B64)}==`,
      `  checksum: ${hex(128)}`,
    ],
    'go.sum': [
      `github.com/google/uuid v1.6.0 h1:${chars(43, B64)}=`,
      `github.com/google/uuid v1.6.0/go.mod h1:${chars(43, B64)}=`,
    ],
    'Cargo.lock': ['[[package]]', 'name = "serde"', 'version = "1.0.203"', `checksum = "${hex(64)}"`],
    'poetry.lock': [
      '[[package]]',
      'name = "requests"',
      'files = [',
      `    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${hex(64)}"},`,
      ']',
    ],
    'composer.lock': [`            "shasum": "${hex(40)}",`, `            "reference": "${hex(40)}"`],
    '.terraform.lock.hcl': [
      'provider "registry.terraform.io/hashicorp/aws" {',
      '  hashes = [',
      `    "h1:${chars(43, B64)}=",`,
      `    "zh:${hex(64)}",`,
      '  ]',
      '}',
    ],
    'pnpm-lock.yaml': [
      'packages:',
      '  /left-pad@1.3.0:',
      `    resolution: {integrity: sha512-${chars(86, B64)}==}`,
    ],
  }),
  decoy('ids-and-hashes', 'UUIDs, commit SHAs, digests and trace ids', {
    'Acme.sln': [
      `Project("{${uuid().toUpperCase()}}") = "Acme.Api", "src\\Acme.Api\\Acme.Api.csproj", "{${uuid().toUpperCase()}}"`,
    ],
    'CHANGELOG.md': [
      `- fix: retry uploads (${hex(40)})`,
      `- feat: new exporter ([${hex(7)}](https://github.com/acme/app/commit/${hex(40)}))`,
    ],
    'deploy/image.txt': [`ghcr.io/acme/api@sha256:${hex(64)}`],
    'fixtures/trace.json': [
      `{ "trace_id": "${hex(32)}", "span_id": "${hex(16)}", "request_id": "${uuid()}" }`,
    ],
    'src/checksums.ts': [`export const EXPECTED_SHA256 = "${hex(64)}";`, `const checksum = "${hex(40)}";`],
  }),
  decoy('base64-blobs', 'Images and fonts inlined as base64', {
    'web/src/logo.ts': [`export const logo = "data:image/png;base64,iVBORw0KGgo${chars(400, B64)}=";`],
    'web/src/fonts.css': [
      `@font-face { font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAA${chars(600, B64)}) format("woff2"); }`,
    ],
    '__snapshots__/report.test.ts.snap': [`exports[\`report 1\`] = \`"${chars(200, B64)}"\`;`],
  }),
  decoy('docs-mentioning-prefixes', 'Documentation naming token formats', {
    'docs/tokens.md': [
      '# Tokens',
      'GitHub tokens start with `ghp_`, GitLab ones with `glpat-`, Slack bot tokens with `xoxb-`.',
      'Use `sk_live_...` keys only in production; test keys start with `sk_test_`.',
      'DigitalOcean tokens look like `dop_v1_…`; Mailgun keys begin with `key-`.',
      'Shopify admin tokens (`shpat_`), shared secrets (`shpss_`) and custom app tokens (`shpca_`) are 38 characters.',
      'A Telegram bot URL is `https://api.telegram.org/bot<token>/METHOD_NAME`.',
      'Discord webhooks: `https://discord.com/api/webhooks/{webhook.id}/{webhook.token}`.',
      'The connection string is `postgresql://<user>:<password>@<host>:5432/<db>`.',
      "To rotate: `ALTER USER app WITH PASSWORD 'new password here';`",
    ],
  }),
  decoy(
    'fixtures-allowed-by-path',
    'Tokens in test fixtures the config accepts by path',
    {
      'src/__tests__/fixtures/tokens.json': [
        `{ "github": "ghp_${chars(36)}", "slack": "xoxb-${digits(12)}-${digits(13)}-${chars(24)}" }`,
      ],
      'spec/fixtures/stripe.yml': [`api_key: sk_live_${chars(32)}`],
    },
    { spec: { allowPaths: ['**/fixtures/**'] } },
  ),
  (() => {
    const token = `ghp_${chars(36)}`;
    const file = 'test/e2e/seed.sh';
    return decoy(
      'fixture-in-baseline',
      'A revoked token kept in an e2e seed, accepted in the reviewed baseline',
      {
        [file]: ['#!/bin/sh', `export GH_TOKEN=${token}  # revoked 2024-05-02`],
      },
      {
        spec: { baseline: '.secrets-baseline' },
        base: {
          '.secrets-baseline': `# revoked, OPS-2291 (alice)\n${fingerprint('github-pat', file, token)}  github-pat  ${file}:2\n`,
        },
      },
    );
  })(),
  decoy('inline-allow-markers', 'Values accepted on the line by a scanner marker', {
    'src/legacy.js': [
      `const LEGACY_KEY = "AIza${chars(35, URLSAFE)}"; // gitleaks:allow (restricted to one referrer)`,
    ],
    'tools/seed.py': [`SEED_TOKEN = "${chars(32)}"  # pragma: allowlist secret`],
  }),
  decoy('public-by-design', 'Publishable keys, public tokens, public SSH keys', {
    'web/src/stripe.ts': [`export const stripe = loadStripe('pk_live_${chars(40)}');`],
    'web/src/map.ts': [
      `mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJ${chars(20)}In0.${chars(22, URLSAFE)}';`,
    ],
    'deploy/authorized_keys': [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${chars(43, B64)} ops@acme`],
    'web/.env': [
      `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${chars(40)}`,
      `RECAPTCHA_SITE_KEY=6L${chars(38, URLSAFE)}`,
    ],
  }),
  decoy('sample-jwts', 'Sample JWTs from jwt.io and library docs', {
    'docs/auth.md': [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      `>>> jwt.encode({"some": "payload"}, "secret", algorithm="HS256")`,
      `'${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ some: 'payload' })}.${chars(43, URLSAFE)}'`,
    ],
  }),
  decoy('code-handling-secrets', 'Code that reads, names and checks secrets without holding one', {
    'src/auth.ts': [
      'const token = getToken(request);',
      'if (pem.startsWith("-----BEGIN RSA PRIVATE KEY-----")) return parse(pem);',
      'export const SESSION_SECRET_HEADER = "X-Session-Secret";',
      'const password_field = "password";',
      'xhr.withCredentials = !!options.withCredentials;',
      'this.token = token, this.authorizationScheme = scheme;',
      'const TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token";',
      'client.setAccessToken(config.accessToken);',
    ],
    'app/forms.py': [
      'password = request.form["password"]',
      'tokenizer = "bert-base-uncased"',
      'private_key: "_RSAPrivateKey",',
      'secret_key = "test-secret-key-for-fixtures"',
    ],
    'k8s/app.yaml': [
      '      secretName: my-app-credentials',
      '      secretKeyRef: { name: db, key: password }',
    ],
  }),
  decoy('kubernetes-placeholders', 'A Kubernetes Secret holding base64 of placeholder words', {
    'k8s/example-secret.yaml': [
      'kind: Secret',
      'data:',
      `  password: ${b64('password')}`,
      `  username: ${b64('admin')}`,
      `  api-token: ${b64('changeme')}`,
    ],
  }),
  decoy('sql-placeholders', 'SQL with placeholder passwords, psql variables and prose', {
    'db/seed.sql': [
      "ALTER USER app WITH PASSWORD 'changeme';",
      "CREATE ROLE reporting LOGIN PASSWORD :'reporting_password';",
      "CREATE USER 'app'@'%' IDENTIFIED BY '${MYSQL_PASSWORD}';",
      '-- Rows are identified by `id`; the owner is identified by session_user.',
      "ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:placeholder';",
    ],
  }),
  decoy('twilio-placeholders', 'Twilio commands with placeholders and variables', {
    'docs/twilio.md': [
      'twilio profiles:create --account-sid ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX --api-key SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX --api-secret your_api_secret',
      'curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json -u $TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN',
      'twilio api:core:messages:list --auth-token "$TWILIO_AUTH_TOKEN"',
    ],
  }),
  decoy('config-look-alikes', 'Keys named like secrets whose values are not', {
    'config/app.yml': [
      'primary_key: id',
      'cache_key: "user:profile:v2"',
      'sort_key: created_at',
      'api_key_header: X-API-Key',
      'token_type: Bearer',
      'max_tokens: 4096',
      'password_min_length: 12',
      'token_url: https://auth.acme.io/oauth/token',
      'secret_name: prod/api/db',
      'ordering_key: messaging.gcp_pubsub.message.ordering_key',
    ],
    'src/i18n/en.json': ['{ "password": "Password", "token": "Access token", "secretKey": "Secret key" }'],
  }),
  decoy('minified-code', 'A minified bundle with token-ish identifiers', {
    'dist/vendor.min.js': [
      `!function(e,t){"use strict";var n={token:null,withCredentials:!1};function r(e){this.token=e,this.authorizationScheme=t}r.prototype.setToken=function(e){this.token=e};var o="${chars(60, B64)}";e.Auth=r}(window);`,
    ],
  }),
  decoy('html-and-css', 'SRI hashes, CSRF tokens and nonces in markup', {
    'web/index.html': [
      `<script src="https://cdn.acme.io/app.js" integrity="sha384-${chars(64, B64)}" crossorigin="anonymous"></script>`,
      `<meta name="csrf-token" content="${chars(40, B64)}">`,
      `<style nonce="${chars(22, B64)}">:root { --brand: #3b82f6; }</style>`,
    ],
  }),
  decoy('public-identifiers', 'Identifiers that are not credentials', {
    'infra/ids.tf': [
      'account_id = "123456789012"',
      'role_arn = "arn:aws:iam::123456789012:role/deploy"',
      `tenant_id = "${uuid()}"`,
      `client_id = "${uuid()}"`,
      'slack_channel = "C0123ABCD"',
      `customer = "cus_${chars(14)}"`,
    ],
  }),
  decoy('commented-examples', 'Commented-out examples with elided values', {
    'README.md': [
      '```sh',
      '# export OPENAI_API_KEY="sk-..."',
      'export ANTHROPIC_API_KEY=<your key>',
      'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io',
      'docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" registry.acme.io',
      '```',
    ],
  }),
  decoy('prose', 'Prose about passwords and tokens', {
    'docs/security.md': [
      'password reset links expire after one hour',
      'The token: a short-lived credential issued by the identity provider.',
      'Secrets are identified by their name and stored in the vault.',
      'password combination.',
    ],
  }),
  decoy('empty-and-encrypted', 'Empty values and encrypted blobs', {
    '.env.template': ['API_KEY=', 'SECRET=', 'DB_PASSWORD=""'],
    'secrets/prod.enc.yaml': [
      `password: ENC[AES256_GCM,data:${chars(24, B64)},iv:${chars(22, B64)}=,tag:${chars(22, B64)}==,type:str]`,
    ],
    'group_vars/all/vault.yml': [
      'db_password: !vault |',
      '  $ANSIBLE_VAULT;1.1;AES256',
      `  ${hex(80)}`,
      `  ${hex(80)}`,
    ],
  }),
  decoy('terraform-references', 'Terraform passing secrets by reference', {
    'infra/db.tf': [
      'resource "aws_db_instance" "main" {',
      '  password = var.db_password',
      '  username = "app"',
      '}',
      'variable "db_password" {',
      '  sensitive = true',
      '  default   = ""',
      '}',
    ],
  }),
  decoy('private-key-docs', 'A private key block in docs with an elided body', {
    'docs/tls.md': ['-----BEGIN PRIVATE KEY-----', '...your key here...', '-----END PRIVATE KEY-----'],
  }),
  decoy('rfc-examples', 'OAuth 2.0 RFC examples copied into docs', {
    'docs/oauth.md': [
      '{ "access_token":"2YotnFZFEjr1zCsicMWpAA", "token_type":"example", "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA" }',
      'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    ],
  }),
  decoy('typed-values', 'Values a person typed as stand-ins', {
    'config/dev.yml': [
      'api_token: "abc123xyz456"',
      'client_secret: "qwertyuiop123"',
      'password: "Password123"',
      'secret: aaaaaaaaaaaaaaaa',
      'auth_key: "1234567890abcdef"',
    ],
  }),
  decoy('badge-tokens', 'Read-only tokens in README badges', {
    'README.md': [
      `[![codecov](https://codecov.io/gh/acme/app/graph/badge.svg?token=${chars(10, UPPER + DIGITS)})](https://codecov.io/gh/acme/app)`,
    ],
  }),
  decoy('regex-and-patterns', 'Patterns assigned to names ending like secrets', {
    'src/patterns.py': [
      'TOKEN_PAT = "[0-9A-Za-z_-]{20,}"',
      'HEX_PAT = "[0-9A-Fa-f]{1,4}"',
      'SECRET_RE = r"(?:api|secret)_key\\s*=\\s*(\\S+)"',
    ],
  }),
  decoy('binary-strings', 'The strings of a compiled library: names of secrets, messages, formats', {
    'lib/libauth.so': [
      ['\x7fELF\x02\x01\x01\x00', 'GLIBC_2.2.5', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN'].join('\x00'),
      ['password must be at least 8 characters', 'Authorization: Bearer %s', 'api_key=%s&format=json'].join(
        '\x00\x00',
      ),
      wide('token_expired: the session token has expired'),
    ],
  }),
];

export const cases = [...planted, ...decoys];
