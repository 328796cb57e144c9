import { run } from '../action/main.js';

process.exitCode = await run();
