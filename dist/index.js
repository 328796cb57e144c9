// The action (action.yml runs.main).
// Written by scripts/build.mjs: the code is in dist/lib (src/entries/main.ts).
import { action } from './lib/index.js';

await action();
