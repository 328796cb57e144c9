import { config } from 'zod';

/**
 * Schemas are checked once or a few times a run (the config, a check's fields, a history record
 * that is not in the usual shape). zod would otherwise generate a parser for each object schema
 * with `new Function` the first time it is used: measured, the first check of a config took
 * 8 ms that way and 1.5 ms without, and 10,000 history records were no faster with it. Set
 * before any schema is built (zod decides when a schema is made), so the entry loads this
 * before a front end; the bundle makes no code at run time.
 */
config({ jitless: true });
