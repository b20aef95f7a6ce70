import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

// The unit project alone, for `npm run mutation` (stryker.config.mjs): Stryker's Vitest runner
// starts Vitest with a config file and cannot pick one project of it, and the end-to-end tests
// use the built extension, which a mutant never reaches.
export default defineConfig({ test: { projects: [unitProject] } });
