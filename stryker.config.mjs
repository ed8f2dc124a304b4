// @ts-check
// StrykerJS configuration. `npm run test:mutation` (scripts/mutation.ts) mutates one module at a
// time against the specs that exercise it, listed in MODULES below; `npx stryker run` on its own
// would mutate every module against every spec and take far longer.

/**
 * Each module of issue 20 with the spec files that exercise it. A mutant must be killed by these
 * specs alone: a test elsewhere that happens to cover the module does not count.
 * `break` overrides the 85 % threshold for a module still being worked on elsewhere: it holds the
 * score measured at the time, so it can only go up.
 */
const HANGUL_SPECS = [
	'src/lib/hangul/romanize.spec.ts',
	'src/lib/hangul/pronounce.spec.ts',
	'src/lib/hangul/properties.spec.ts',
	'src/lib/hangul/rr.spec.ts'
];
// The search modules are also measured against the real seed's search table.
const SEARCH_SPECS = ['src/lib/search/index.spec.ts', 'tests/unit/search-queries.spec.ts'];

/** @type {{ module: string, specs: string[], break?: number }[]} */
export const MODULES = [
	{ module: 'src/lib/hangul/rr.ts', specs: HANGUL_SPECS },
	{ module: 'src/lib/hangul/mr.ts', specs: HANGUL_SPECS },
	{ module: 'src/lib/hangul/dprk.ts', specs: HANGUL_SPECS },
	{ module: 'src/lib/hangul/pronounce.ts', specs: HANGUL_SPECS },
	{ module: 'src/lib/server/list-params.ts', specs: ['src/lib/server/list-params.spec.ts'] },
	{ module: 'src/lib/server/quiz.ts', specs: ['src/lib/server/quiz.spec.ts'] },
	{
		module: 'src/lib/search/ranking.ts',
		specs: ['src/lib/search/ranking.spec.ts', ...SEARCH_SPECS]
	},
	{
		module: 'src/lib/search/normalize.ts',
		specs: ['src/lib/search/normalize.spec.ts', ...SEARCH_SPECS]
	},
	{
		module: 'src/lib/search/key-table.ts',
		specs: ['src/lib/search/key-table.spec.ts', ...SEARCH_SPECS]
	},
	{ module: 'src/lib/server/auth.ts', specs: ['src/lib/server/auth.spec.ts'] },
	{
		module: 'src/lib/server/rate-limit.ts',
		specs: ['src/lib/server/rate-limit.spec.ts', 'src/lib/server/auth.spec.ts']
	}
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
	mutate: MODULES.map((m) => m.module),
	coverageAnalysis: 'perTest',
	// Two cores are shared with the rest of CI: one test process keeps the run predictable.
	concurrency: 1,
	timeoutMS: 10000,
	thresholds: { high: 95, low: 85, break: 85 },
	reporters: ['clear-text', 'progress', 'json'],
	// The sandbox is a copy of the tree; these are big, generated, and not read by the specs.
	ignorePatterns: [
		'build',
		'.e2e',
		'.e2e-*',
		'.data',
		'test-results',
		'playwright-report',
		'reports'
	],
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always'
};
