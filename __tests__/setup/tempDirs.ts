import { afterEach } from 'vitest';
import { removeTempDirs } from '../helpers/fs.js';

/**
 * Runs before each test file, so every file removes its tests' temporary directories. A hook in
 * helpers/fs.ts itself would be registered only by the first file that imports it when files
 * share their modules (the `shared` project of vitest.config.ts).
 */
afterEach(removeTempDirs);
