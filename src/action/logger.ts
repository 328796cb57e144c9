import { randomBytes } from 'node:crypto';
import { checkLine, findingsToShow, type Logger, STATUS_SYMBOL } from '../adapters/logger.js';
import { secretForms } from '../core/redact.js';
import { escapeData } from './step.js';

export interface ActionLoggerOptions {
  /** Where the step log goes (default: stdout, which the runner reads for workflow commands). */
  write?: (text: string) => void;
}

/**
 * A line the runner could act on: `::command::` at its start (after any blank) or the older
 * `##[command]` anywhere in it. Matched loosely — any `::` — since a false alarm costs only a
 * stop-commands pair around the text.
 */
const COMMAND_LIKE = /::|##\[/;

/**
 * Logs for the Actions runner: one collapsible group per check, written whole when it finishes.
 *
 * Text relayed from elsewhere (check output, service responses, messages) is never run as a
 * workflow command: when a line of it looks like one (`::error file=…::`, `::stop-commands::`,
 * `::add-mask::`, `##[set-output]`), the text is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token the text cannot know, so the runner shows it without
 * acting on it. Commands of our own (groups, masks, warnings) are written outside such blocks,
 * with their data escaped, so none of them is ever swallowed.
 */
export function createActionLogger(opts: ActionLoggerOptions = {}): Logger {
  const write = opts.write ?? ((text: string) => void process.stdout.write(text));
  const command = (name: string, data: string) => write(`::${name}::${escapeData(data)}\n`);
  const masked = new Set<string>();
  const relay = (text: readonly string[]) => {
    const lines = text.join('\n').split(/\r\n|\r|\n/);
    if (!lines.some((l) => COMMAND_LIKE.test(l))) return write(`${lines.join('\n')}\n`);
    const token = randomBytes(16).toString('hex');
    write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
  };
  return {
    info: (m) => relay([m]),
    warn: (m) => command('warning', m),
    error: (m) => command('error', m),
    debug: (m) => command('debug', m),
    checkFinished(result, log) {
      // The group's title is the check's line, summary included: the group says it once.
      command('group', checkLine(result));
      relay([
        `${STATUS_SYMBOL[result.status]} ${result.id} (${result.type}, ${result.enforcement}, ${result.category})`,
        ...log.map((line) => `  ${line}`),
        ...findingsToShow(result).map(
          (f) => `  [${f.level}] ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`,
        ),
        ...result.evidence.map((e) => `  evidence: ${e}`),
      ]);
      command('endgroup', '');
    },
    // Every form the redactor masks (each line of a multi-line value, encodings, letter cases):
    // the runner masks a value only as given, one log line at a time.
    mask(value) {
      for (const form of secretForms(value)) {
        if (masked.has(form)) continue;
        masked.add(form);
        command('add-mask', form);
      }
    },
  };
}
