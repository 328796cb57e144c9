import * as core from '@actions/core';
import { checkLine, type Logger, STATUS_SYMBOL } from '../adapters/logger.js';

/** Logs for the Actions runner: one collapsible group per check, written whole when it finishes. */
export function createActionLogger(): Logger {
  return {
    info: (m) => core.info(m),
    warn: (m) => core.warning(m),
    error: (m) => core.error(m),
    debug: (m) => core.debug(m),
    checkFinished(result, log) {
      core.startGroup(checkLine(result));
      core.info(
        `${STATUS_SYMBOL[result.status]} ${result.id} (${result.type}, ${result.enforcement}, ${result.category}): ${result.summary}`,
      );
      for (const line of log) core.info(`  ${line}`);
      for (const f of result.findings) {
        core.info(`  [${f.level}] ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`);
      }
      for (const e of result.evidence) core.info(`  evidence: ${e}`);
      core.endGroup();
    },
    mask: (v) => core.setSecret(v),
  };
}
