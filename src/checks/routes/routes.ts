import type { CheckOutcome } from '../../core/types.js';
import { defineCheck } from '../types.js';
import { fields } from './spec.js';

export const routesCheck = defineCheck({
  type: 'routes',
  description:
    'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
  defaults: { category: 'ops', enforcement: 'scored' },
  fields,
  // The route readers of every framework are loaded when such a check runs, not by every command.
  async run(spec, ctx): Promise<CheckOutcome> {
    return (await import('./run.js')).runRoutes(spec, ctx);
  },
});
