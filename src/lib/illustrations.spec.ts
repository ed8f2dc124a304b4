import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	allIllustrationIcons,
	CATEGORY_ILLUSTRATIONS,
	ENTRY_ILLUSTRATIONS,
	illustrationFor
} from './illustrations';
import { CATEGORIES } from './vocabulary';

const seedSlugs = new Set(
	(JSON.parse(readFileSync('db/seed/entries.json', 'utf8')) as { slug: string }[]).map(
		(e) => e.slug
	)
);

describe('illustrations', () => {
	it('draws an entry’s own subject where one is listed, else its category', () => {
		expect(illustrationFor({ slug: 'nakji', category: 'ingredient' })).toEqual({
			icon: 'octopus',
			ofSubject: true
		});
		expect(illustrationFor({ slug: 'anju', category: 'snack-anju' })).toEqual({
			icon: 'rice-cracker',
			ofSubject: false
		});
	});

	it('lists only entries that exist in the seed (a renamed slug would silently lose its drawing)', () => {
		const unknown = Object.keys(ENTRY_ILLUSTRATIONS).filter((slug) => !seedSlugs.has(slug));
		expect(unknown).toEqual([]);
	});

	it('ships every icon it can show, and every category has one', () => {
		for (const category of CATEGORIES)
			expect(CATEGORY_ILLUSTRATIONS[category], category).toBeTruthy();
		const missing = allIllustrationIcons().filter(
			(icon) => !existsSync(`static/illustrations/${icon}.svg`)
		);
		expect(missing).toEqual([]);
	});
});
