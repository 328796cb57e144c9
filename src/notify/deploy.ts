import { createHttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { LoadedConfig } from '../config/load.js';
import { errorMessage } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import type { DeployReport } from '../deploy/types.js';
import { VERSION } from '../version.js';
import { deployEvents, deployNotice } from './message.js';
import { planNotify } from './plan.js';
import { type Delivery, describeDelivery, sendNotices } from './send.js';

/**
 * The webhooks of `notify:` for deploys and drills: `rollback` when a deploy was rolled back (or
 * its rollback failed), `drill-failed` when a drill did not pass. Planned before the deploy runs,
 * so an unset webhook URL stops it as a config error, and the URLs are masked in its report.
 */
export interface DeployNotifier {
  secrets: string[];
  /** Sends what the outcome calls for; a failure is logged, never thrown. */
  send(report: DeployReport, alert?: string): Promise<Delivery[]>;
}

export function deployNotifier(
  loaded: LoadedConfig,
  opts: {
    env: Readonly<Record<string, string | undefined>>;
    inputs: Readonly<Record<string, string>>;
    logger: Logger;
    signal?: AbortSignal;
  },
): DeployNotifier {
  const plan = planNotify(loaded, { env: opts.env, inputs: opts.inputs });
  const redactor = new Redactor();
  for (const s of plan.secrets) redactor.add(s);
  return {
    secrets: plan.secrets,
    async send(report, alert) {
      const events = deployEvents(report);
      if (events.length === 0 || plan.webhooks.length === 0) return [];
      try {
        const sent = await sendNotices(plan.webhooks, deployNotice(report, [], alert), events, {
          http: createHttpClient(`promotion-gate/${VERSION}`),
          redactor,
          signal: opts.signal,
        });
        for (const d of sent)
          if (d.state === 'sent') opts.logger.info(describeDelivery(d));
          else opts.logger.warn(`${redactor.redact(describeDelivery(d))} (the outcome is not affected)`);
        return sent;
      } catch (err) {
        opts.logger.warn(`notifications not sent: ${redactor.redact(errorMessage(err))}`);
        return [];
      }
    },
  };
}
