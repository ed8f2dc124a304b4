// The vitest configuration Stryker runs. It is the project's own (same plugins, aliases and
// environment) with the spec files narrowed to MUTATION_SPECS, a comma-separated list that
// scripts/mutation.ts sets for each module. The specs are chosen here and not through Stryker's
// `testFiles`, because that option mis-scores mutants reached only while a spec file loads
// (its module-level tables): stryker-js issue 6144.
import base from './vite.config.ts';

const specs = (process.env.MUTATION_SPECS ?? '')
	.split(',')
	.map((s) => s.trim())
	.filter((s) => s !== '');

// Not mergeConfig: it would append these specs to the project's include list, not replace it.
const config = await base;
if (specs.length > 0) config.test = { ...config.test, include: specs };

export default config;
