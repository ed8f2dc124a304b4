import { m } from '$lib/paraglide/messages.js';

/**
 * The history lines the site writes itself (the seed import and upgrade, a revert, a proposal
 * without a summary) are stored in English; readers see them in the page's language. A
 * contributor's own summary is shown as written.
 */
const GENERATED: { pattern: RegExp; text: (match: RegExpMatchArray) => string }[] = [
	{
		pattern: /^Imported \S+ from the curated seed \(db\/seed\)( on upgrade)?$/,
		text: () => m.readers_history_seed_added()
	},
	{
		pattern: /^Updated \S+ from the curated seed \(db\/seed\)$/,
		text: () => m.readers_history_seed_updated()
	},
	{
		pattern: /^Reverted to version (\d+)$/,
		text: (x) => m.readers_history_reverted({ version: x[1]! })
	},
	{ pattern: /^New entry$/, text: () => m.readers_history_new_entry() },
	{ pattern: /^Edit$/, text: () => m.readers_history_edit() }
];

/**
 * The author of the revisions the seed loader writes: SEED_AUTHOR in src/lib/server/seed/load.ts,
 * which scripts run without the app's aliases (revision-text.spec.ts keeps the two equal).
 */
const SEED_AUTHOR = 'seed import';

export function revisionSummaryText(summary: string): string {
	for (const g of GENERATED) {
		const match = summary.match(g.pattern);
		if (match) return g.text(match);
	}
	return summary;
}

export function revisionAuthorText(author: string): string {
	return author === SEED_AUTHOR ? m.readers_history_seed_author() : author;
}
