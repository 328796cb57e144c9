import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { EOL } from 'node:os';

// node:crypto, with its key, cipher and certificate modules, is loaded by the first value written
// to a runner file, not by every start (a `validate` writes none).
const load = createRequire(import.meta.url);
const randomUUID = (): string => (load('node:crypto') as typeof import('node:crypto')).randomUUID();

/**
 * The step's side of the Actions runner's protocol: inputs from `INPUT_*`, outputs and
 * environment through the runner's files (`GITHUB_OUTPUT`, `GITHUB_ENV`), the job summary
 * (`GITHUB_STEP_SUMMARY`) and workflow commands on stdout (`::add-mask::`, `::group::`,
 * `::notice file=…::`). The few parts of the toolkit's core library the action uses, written out
 * so that the action does not load that library: it pulls in an HTTP stack (undici, 0.9 MB of
 * the bundle) for OpenID tokens the action never asks for, on every start. The runner's parsing
 * sets the rules followed here, and the toolkit's output is matched byte for byte (a test says so).
 */

/** Where a finding points; named as the toolkit names them, written as the runner reads them. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Data of a workflow command: the runner turns %25, %0D and %0A back into %, CR and LF. */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value: as data, and `:` and `,` too, which end a value in `key=value,key=value::`. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::name key=value,…::data` as one line. Properties without a value (undefined, "", 0) are left
 * out, as the toolkit leaves them out. Written at call time through process.stdout.write, so
 * whatever replaced it (a test) sees every command.
 */
export function issueCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  data: string,
) {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${EOL}`);
}

/**
 * `name<<delimiter`, the value's lines, `delimiter`: the runner reads lines up to the first one
 * that equals the delimiter, so a value of any lines stays whole. The delimiter is random per
 * value, so the value cannot end the block early by accident or on purpose — and it is checked.
 */
export function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (!name || /[\r\n=]|<</.test(name))
    throw new Error(
      `the name "${name}" cannot be written to a runner file: it must be non-empty, on one line, without "=" or "<<"`,
    );
  if (value.includes(delimiter)) throw new Error(`the value of ${name} holds its own delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends to the file the runner named in GITHUB_<kind>; it must exist (the runner created it). */
function appendFileCommand(kind: 'OUTPUT' | 'ENV', text: string): void {
  const file = process.env[`GITHUB_${kind}`];
  if (!file) throw new Error(`GITHUB_${kind} is not set: no file to write to`);
  if (!existsSync(file)) throw new Error(`GITHUB_${kind} names ${file}, which does not exist`);
  appendFileSync(file, `${text}${EOL}`, { encoding: 'utf8' });
}

/** The input `name` (`INPUT_<NAME>`, spaces as `_`), trimmed; "" when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The input's lines, each trimmed; empty ones are dropped before the trim, as the toolkit does. */
export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.trim());
}

/** Sets output `name`; older runners without GITHUB_OUTPUT read the `set-output` command. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return appendFileCommand('OUTPUT', keyValueBlock(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

/** Sets `name` for this process and for the later steps of the job. */
export function exportVariable(name: string, value: string): void {
  if (process.env.GITHUB_ENV) appendFileCommand('ENV', keyValueBlock(name, value));
  else issueCommand('set-env', { name }, value);
  process.env[name] = value;
}

/** The runner replaces `value` with *** in the log from now on. */
export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotate(kind: 'notice' | 'warning' | 'error', message: string, p: AnnotationProperties = {}) {
  const properties = {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
  issueCommand(kind, properties, message);
}

export const notice = (message: string, p?: AnnotationProperties) => annotate('notice', message, p);
export const warning = (message: string, p?: AnnotationProperties) => annotate('warning', message, p);
export const error = (message: string, p?: AnnotationProperties) => annotate('error', message, p);

/** An error annotation, and exit code 1 unless something sets another. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/**
 * Appends Markdown to the job summary. The file is looked up on every call (GITHUB_STEP_SUMMARY
 * as it is now), and one that is missing or not writable is an error for the caller to report.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: this runner takes no job summary');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`cannot write the job summary file ${file}`);
  }
  await appendFile(file, markdown, { encoding: 'utf8' });
}
