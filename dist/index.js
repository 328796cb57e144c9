// The action (action.yml runs.main).
// Written by scripts/build.mjs: the code is in dist/lib (src/entries/main.ts).
import v8 from 'node:v8';

v8.setFlagsFromString('--semi-space-growth-factor=1');
v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
const { action } = await import('./lib/index.js');
await action();
