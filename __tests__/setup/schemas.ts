// Before each file, as the bundle's entry does before anything else: zod checks schemas without
// generating parsers (src/entries/schemas.ts), so the tests run the mode users run.
import '../../src/entries/schemas.js';
