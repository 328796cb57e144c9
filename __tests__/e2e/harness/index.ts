/**
 * An offline GitHub for end-to-end tests: a fake REST API validated against GitHub's OpenAPI
 * description, a fake Actions Results (artifact) service backed by a real Azurite blob store,
 * and the runner's environment for running the bundled action or CLI as a child process.
 *
 *   const github = await startFakeGitHub();
 *   const azurite = await sharedAzurite();
 *   const results = await startResults({ azurite, github });
 *   const run = await runAction({ workspace, temp, github, results, token: TOKENS.writer, inputs: { profile: 'dev' } });
 *   expect(github.invalid()).toEqual([]);
 */
export { AZURITE_ACCOUNT, AZURITE_KEY, type Azurite, sharedAzurite, startAzurite } from './azurite.js';
export {
  DEFAULT_TOKENS,
  type FakeGitHub,
  type FakeGitHubOptions,
  type Fault,
  type FaultKind,
  type RecordedRequest,
  startFakeGitHub,
  type TokenInfo,
  TOKENS,
} from './fakeGitHub.js';
export type {
  ArtifactState,
  CheckRunState,
  CommentState,
  DeploymentState,
  GitHubState,
  IssueState,
  PullState,
  ReviewState,
  RunApprovalState,
} from './fakeGitHubState.js';
export { loadOpenApi } from './openapi.js';
export { type FakeResults, RESULTS_CONTAINER, type ResultsArtifact, startResults } from './results.js';
export {
  ACTION,
  type ActionRun,
  CLI,
  inputEnvName,
  node24,
  parseOutputs,
  type ProcessRun,
  runAction,
  runCli,
  runNode,
  spawnNode,
  startAction,
  runnerEnv,
  type RunnerOptions,
  workflowCommands,
} from './runner.js';
export {
  DEFAULT_REPO,
  DEFAULT_SHA,
  type EventSpec,
  pullRequestEvent,
  pushEvent,
  workflowRunEvent,
} from './events.js';
export { readZip } from './zip.js';
