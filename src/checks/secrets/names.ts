/**
 * Names whose assigned value is a credential. A generic rule reports a value only when its name
 * ends with one of these words and is not one of the look-alikes below.
 */

/**
 * Services whose `…_KEY` (and `…_PAT`) names hold credentials (`DD_APP_KEY`, `MAPBOX_KEY`,
 * `ALGOLIA_ADMIN_KEY`, `AZURE_DEVOPS_PAT`; a bare `…_PAT` is as often a pattern):
 * the service starts the name (or its last dotted part) and at most two words follow it, so
 * `ATTR_MESSAGING_GCP_PUBSUB_MESSAGE_ORDERING_KEY` is not one.
 */
const SERVICES = `
  dd datadog newrelic new_relic nr sentry algolia mailgun mailchimp mandrill sendgrid sendinblue brevo
  postmark sparkpost twilio pusher stripe braintree paypal square shopify okta auth0 rollbar bugsnag
  honeycomb logdna loggly splunk sumo sumologic pagerduty opsgenie circleci circle travis heroku netlify
  vercel cloudflare cf fastly digitalocean do linode vultr hetzner mapbox google gcp firebase aws azure
  github gh gitlab bitbucket slack discord telegram openai anthropic cohere huggingface hf mixpanel
  amplitude intercom zendesk hubspot salesforce contentful airtable notion linear jira atlassian
  confluence snyk sonar codecov coveralls npm pypi docker dockerhub jfrog artifactory nuget gemfury plaid
  coinbase binance kraken twitch twitter facebook fb linkedin spotify dropbox yandex alibaba aliyun ibm
  supabase planetscale neon doppler vault infracost pulumi terraform tfe ngrok expo onesignal lob shippo
  easypost typeform zoom vonage nexmo messagebird sendbird mattermost launchdarkly grafana dynatrace
  elastic openrouter groq mistral replicate pinecone weaviate deepl azure_devops ado vsts devops
`
  .trim()
  .split(/\s+/)
  .join('|');

/** Every ending of SECRET_NAME; a generic rule runs only where one is followed by an assignment. */
export const GENERIC_KEYWORDS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'pass',
  'secret',
  'token',
  'key',
  'key_base',
  'keybase',
  'credential',
  'credentials',
  '_pat',
  '-pat',
];

export const SECRET_NAME = new RegExp(
  String.raw`(?:password|passwd|passphrase|pwd|(?:^|[_.-])pass|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|secret[_-]?key(?:[_-]?base)?|client[_-]?secret|credentials?|` +
    String.raw`(?:app|license|master|admin|encryption|signing|hmac|account|ingest(?:ion)?|server|service|consumer|session|deploy|integration)[_-]?key|` +
    String.raw`(?:^|\.)(?:${SERVICES})(?:[_.-]?[a-z0-9]+){0,2}?[_.-]?(?:key|pat))$`,
  'i',
);

/**
 * Names that end like a secret's but are not one: public keys, paging and CSRF tokens, names of
 * keys and fields, flags (`withCredentials`, `requireToken`).
 */
const LOOK_ALIKE =
  /(?:^|[_.-])(?:with|use|allow|has|include|require|csrf|xsrf|public|publishable|pub|anon|site|write|next|page|continuation|pagination|cursor|sort|cache|idempotency|request|trace|correlation|device|push|registration|primary|foreign|partition|row|lookup|i18n|translation|tokenizer|max|min|num|length|count|size|type|field|header|param|query|cookie|env|var|input|prompt|label|hint|policy|regex|pattern|format|rule|name|id|path|file|dir|url|uri|endpoint)[_.-]?(?:token|key|secret|password|pass|credentials?)$/i;

/** A name whose value is a credential. */
export function secretName(name: string): boolean {
  // Words of a camelCase name are told apart like snake_case ones: `nextPageToken`.
  return SECRET_NAME.test(name) && !LOOK_ALIKE.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
}
