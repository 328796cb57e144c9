// Before each file: every check type loaded. A front end loads the types a config names before it
// validates (config/load.ts readConfig); tests call the synchronous functions after it
// (parseConfig, validateCheck, checkType) with configs of any type. The tests of that loading
// itself (__tests__/registry/) run without this file.
import { loadCheckTypes } from '../../src/checks/registry.js';

await loadCheckTypes();
