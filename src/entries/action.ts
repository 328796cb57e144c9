import { run } from '../action/main.js';
import { stopSignal } from './stop.js';

const stop = stopSignal();
const code = await run(stop.signal);
process.exitCode = stop.exitCode() ?? code;
