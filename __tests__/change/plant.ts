/**
 * Secrets for tests, made at run time from a seeded generator: no literal credential sits in
 * this repository (where push protection and our own gate would rightly flag it).
 */
export class Planter {
  private state: number;
  constructor(seed = 42) {
    this.state = seed >>> 0 || 1;
  }

  private next(): number {
    // xorshift32: deterministic, good enough to look random to an entropy test.
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  /** A random string over `alphabet` with no run a person would type (123456, aaaaaa). */
  chars(n: number, alphabet = ALNUM): string {
    for (;;) {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[this.next() % alphabet.length];
      if (!/(.)\1\1/.test(s) && !DECOY_WORDS.test(s) && !IDENTIFIER.test(s)) return s;
    }
  }

  /** Every kind the issue lists, each as a line of a realistic file. */
  kinds(): { rule: string; file: string; line: string; secret: string }[] {
    const c = (n: number, a?: string) => this.chars(n, a);
    const b64u = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: c(12), iat: 1700000000 })}.${c(43, `${ALNUM}_-`)}`;
    const aws = `AKIA${c(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    const awsSecret = c(40, `${ALNUM}/+`);
    const gcp = `AIza${c(35)}`;
    const keyId = c(40, '0123456789abcdef');
    const oauth = `GOCSPX-${c(28)}`;
    const azure = `${c(86, `${ALNUM}+/`)}==`;
    const azureAd = `${c(3)}8Q~${c(34)}`;
    const sas = `${c(44)}%3D`;
    const gh = (p: string) => `${p}_${c(36)}`;
    const fine = `github_pat_${c(22)}_${c(59)}`;
    const slack = `xoxb-${c(12, DIGITS)}-${c(13, DIGITS)}-${c(24)}`;
    const hook = `T${c(10, UPPER)}/B${c(10, UPPER)}/${c(24)}`;
    const stripe = `sk_live_${c(32)}`;
    const whsec = `whsec_${c(32)}`;
    const npm = `npm_${c(36)}`;
    const npmrc = `${c(8, HEX)}-${c(4, HEX)}-${c(4, HEX)}-${c(4, HEX)}-${c(12, HEX)}`;
    const openai = `sk-proj-${c(64, `${ALNUM}_-`)}`;
    const anthropic = `sk-ant-api03-${c(93, `${ALNUM}_-`)}AA`;
    const pg = c(18);
    const mongo = c(20);
    const ado = c(16);
    const generic1 = c(24);
    const generic2 = c(20);
    const generic3 = c(32);
    return [
      { rule: 'aws-access-key-id', file: 'config/aws.env', line: `AWS_ACCESS_KEY_ID=${aws}`, secret: aws },
      {
        rule: 'aws-secret-access-key',
        file: 'config/aws.ini',
        line: `aws_secret_access_key = ${awsSecret}`,
        secret: awsSecret,
      },
      { rule: 'gcp-api-key', file: 'web/maps.js', line: `const mapsKey = '${gcp}';`, secret: gcp },
      {
        rule: 'gcp-service-account-key',
        file: 'deploy/sa.json',
        line: `  "private_key_id": "${keyId}",`,
        secret: keyId,
      },
      {
        rule: 'gcp-oauth-client-secret',
        file: 'deploy/oauth.json',
        line: `{"client_secret": "${oauth}"}`,
        secret: oauth,
      },
      {
        rule: 'azure-storage-key',
        file: 'app/settings.json',
        line: `"Storage": "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${azure};EndpointSuffix=core.windows.net"`,
        secret: azure,
      },
      {
        rule: 'azure-ad-client-secret',
        file: 'app/entra.yml',
        line: `client_credential: ${azureAd}`,
        secret: azureAd,
      },
      {
        rule: 'azure-sas-token',
        file: 'scripts/upload.sh',
        line: `curl "https://acme.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=o&sp=r&sig=${sas}"`,
        secret: sas,
      },
      ...['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p) => {
        const t = gh(p);
        return {
          rule: {
            ghp: 'github-pat',
            gho: 'github-oauth-token',
            ghu: 'github-user-token',
            ghs: 'github-app-token',
            ghr: 'github-refresh-token',
          }[p]!,
          file: `ci/${p}.sh`,
          line: `export GH=${t}`,
          secret: t,
        };
      }),
      {
        rule: 'github-fine-grained-pat',
        file: 'ci/fine.sh',
        line: `gh auth login --with-token <<< ${fine}`,
        secret: fine,
      },
      {
        rule: 'slack-token',
        file: 'bot/slack.py',
        line: `client = WebClient(token="${slack}")`,
        secret: slack,
      },
      {
        rule: 'slack-webhook',
        file: 'bot/notify.py',
        line: `URL = "https://hooks.slack.com/services/${hook}"`,
        secret: hook,
      },
      {
        rule: 'stripe-live-key',
        file: 'billing/stripe.rb',
        line: `Stripe.api_key = '${stripe}'`,
        secret: stripe,
      },
      {
        rule: 'stripe-webhook-secret',
        file: 'billing/hook.ts',
        line: `const endpointSecret = '${whsec}';`,
        secret: whsec,
      },
      { rule: 'npm-token', file: 'ci/publish.sh', line: `NODE_AUTH_TOKEN=${npm} npm publish`, secret: npm },
      {
        rule: 'npmrc-auth-token',
        file: '.npmrc',
        line: `//registry.npmjs.org/:_authToken=${npmrc}`,
        secret: npmrc,
      },
      { rule: 'openai-api-key', file: 'ai/client.py', line: `openai.api_key = "${openai}"`, secret: openai },
      {
        rule: 'anthropic-api-key',
        file: 'ai/claude.ts',
        line: `new Anthropic({ apiKey: '${anthropic}' })`,
        secret: anthropic,
      },
      { rule: 'jwt', file: 'tests/e2e/session.txt', line: `Authorization: Bearer ${jwt}`, secret: jwt },
      {
        rule: 'connection-string-password',
        file: 'app/db.py',
        line: `DATABASE_URL = "postgresql://app:${pg}@db.internal:5432/app"`,
        secret: pg,
      },
      {
        rule: 'connection-string-password',
        file: 'app/mongo.js',
        line: `mongoose.connect('mongodb+srv://svc:${mongo}@cluster0.mongodb.net/prod')`,
        secret: mongo,
      },
      {
        rule: 'connection-string-password',
        file: 'app/appsettings.json',
        line: `"Db": "Server=sql.internal;Database=app;User Id=svc;Password=${ado};"`,
        secret: ado,
      },
      {
        rule: 'generic-secret-assignment',
        file: '.env.production',
        line: `DB_PASSWORD=${generic1}`,
        secret: generic1,
      },
      {
        rule: 'generic-secret-assignment',
        file: 'config/app.yml',
        line: `  api_key: "${generic2}"`,
        secret: generic2,
      },
      {
        rule: 'generic-secret-assignment',
        file: 'src/auth.ts',
        line: `const clientSecret = "${generic3}";`,
        secret: generic3,
      },
    ];
  }

  /** A PEM private key block: the BEGIN line is where the finding points. */
  pem(): { text: string; body: string } {
    const lines = Array.from({ length: 6 }, () => this.chars(64, `${ALNUM}+/`));
    return {
      text: ['-----BEGIN RSA PRIVATE KEY-----', ...lines, '-----END RSA PRIVATE KEY-----', ''].join('\n'),
      body: lines[0]!,
    };
  }
}

/** Words the scanner treats as a sign of a stand-in value; a generated value must not hold one. */
const DECOY_WORDS =
  /example|sample|test|fake|dummy|passw|secret|token|demo|mock|null|none|true|false|admin|default|local|insert|replace|redact|your|xxxx|undefined/i;
/** camelCase words read as a name, not a value. */
const IDENTIFIER = /^[a-z]{2,12}(?:[A-Z][a-z]{2,12}){1,3}$/;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
export const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz${DIGITS}`;
