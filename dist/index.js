// The action (action.yml runs.main).
// Written by scripts/build.mjs: the code is in dist/lib (src/entries/main.ts).
const { action } = await import('./lib/index.js');
await action();
