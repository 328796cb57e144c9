// Before each file: every check type loaded, and the full reading of a config's YAML. A front end
// loads the types a config names before it validates (config/load.ts readConfig), and the full
// reading when it needs it; tests call the synchronous functions after them (parseConfig,
// validateCheck, checkType, planGate) with configs of any type, and expect every problem at its
// line. The tests of that loading itself (__tests__/registry/) run without this file.
import { loadCheckTypes } from '../../src/checks/registry.js';
import { loadFullReading } from '../../src/config/load.js';

await Promise.all([loadCheckTypes(), loadFullReading()]);
