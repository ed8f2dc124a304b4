/**
 * The drawing an entry without a photo shows: one Noto Emoji per category. The SVGs are copied
 * out of @iconify-json/noto into static/illustrations by scripts/extract-illustrations.ts, so only
 * these few files ship. Client-safe.
 */
import type { Category } from './vocabulary';

export const CATEGORY_ILLUSTRATIONS: Record<Category, string> = {
	noodles: 'steaming-bowl',
	rice: 'cooked-rice',
	'soup-stew': 'pot-of-food',
	'side-dish': 'bento-box',
	'regional-specialty': 'shallow-pan-of-food',
	'street-food': 'oden',
	'snack-anju': 'rice-cracker',
	'bread-sweets': 'bread',
	drink: 'hot-beverage',
	ingredient: 'carrot',
	seasoning: 'salt',
	'cooking-term': 'cooking',
	'utensil-kitchen': 'chopsticks'
};

/** Where the drawings come from and under which licence, for /credits and the NOTICE file. */
export const ILLUSTRATION_SOURCE = {
	name: 'Noto Emoji',
	author: 'Google Inc.',
	url: 'https://github.com/googlefonts/noto-emoji',
	license: 'Apache License 2.0',
	licenseUrl: 'https://www.apache.org/licenses/LICENSE-2.0',
	/** The licence text shipped beside the SVGs. */
	licenseFile: '/illustrations/LICENSE.txt'
} as const;

/** The emoji SVGs are drawn on a square. */
export const ILLUSTRATION_SIZE = 128;

export function illustrationUrl(icon: string): string {
	return `/illustrations/${icon}.svg`;
}
