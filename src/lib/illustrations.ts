/**
 * The drawing an entry without a photo shows: the Noto Emoji of the thing itself where one exists
 * (an octopus for 낙지, not the carrot of "ingredients"), else one per category. The SVGs are
 * copied out of @iconify-json/noto into static/illustrations by scripts/extract-illustrations.ts,
 * so only these few files ship. Client-safe.
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

/**
 * Entries whose subject has an emoji of its own. Only exact subjects: a fish stands for a fish, a
 * beer mug for beer; a dish the emoji set does not draw keeps its category's picture. (No animal
 * is drawn for its meat.)
 */
export const ENTRY_ILLUSTRATIONS: Readonly<Record<string, string>> = {
	// Seafood
	nakji: 'octopus',
	ojingeo: 'squid',
	gabojingeo: 'squid',
	'mareun-ojingeo': 'squid',
	daeha: 'shrimp',
	bogeo: 'blowfish',
	gajami: 'fish',
	dorumuk: 'fish',
	imyeonsueo: 'fish',
	myeongtae: 'fish',
	bugeo: 'fish',
	yeoneo: 'fish',
	'mujigae-songeo': 'fish',
	naengdongeo: 'fish',
	// Other ingredients
	dalgyal: 'egg',
	nanbaek: 'egg',
	nanhwang: 'egg',
	beoteo: 'butter',
	oksusu: 'ear-of-corn',
	'chal-oksusu': 'ear-of-corn',
	tomato: 'tomato',
	yangpa: 'onion',
	'yukjjok-maneul': 'garlic',
	pimang: 'bell-pepper',
	'pyogo-beoseot': 'mushroom',
	nakhwasaeng: 'peanuts',
	ttangkong: 'peanuts',
	uyu: 'glass-of-milk',
	tongjorim: 'canned-food',
	samgyeopsal: 'bacon',
	gogitjeom: 'cut-of-meat',
	yukhoe: 'cut-of-meat',
	sangchu: 'leafy-green',
	yangbaechu: 'leafy-green',
	chaeso: 'leafy-green',
	kkaennip: 'leafy-green',
	geonpodo: 'grapes',
	nokdu: 'beans',
	'gamja-nongmal': 'potato',
	mepssal: 'sheaf-of-rice',
	yanggok: 'sheaf-of-rice',
	yangsikssal: 'sheaf-of-rice',
	yuljajuk: 'chestnut',
	// Dishes and snacks
	'dalgyal-buchim': 'cooking',
	dosirak: 'bento-box',
	jumeokbap: 'rice-ball',
	gunmandu: 'dumpling',
	mandutguk: 'dumpling',
	'gamja-twigim': 'french-fries',
	papkon: 'popcorn',
	haembeogeo: 'hamburger',
	hatdogeu: 'hot-dog',
	pija: 'pizza',
	// Sweets
	aiseukeurim: 'ice-cream',
	bingsu: 'shaved-ice',
	chokollit: 'chocolate-bar',
	doneot: 'doughnut',
	kaereomel: 'candy',
	wapeul: 'waffle',
	// Drinks
	maekju: 'beer-mug',
	saengmaekju: 'beer-mug',
	'kaen-maekju': 'beer-mug',
	'daedonggang-maekju': 'beer-mug',
	maekjutjip: 'beer-mug',
	geonbae: 'clinking-beer-mugs',
	bodeuka: 'tumbler-glass',
	podoju: 'wine-glass',
	syampein: 'bottle-with-popping-cork',
	kolla: 'cup-with-straw',
	'tansan-eumnyo': 'cup-with-straw',
	remoneideu: 'cup-with-straw',
	nokcha: 'teacup-without-handle',
	channip: 'teacup-without-handle',
	chanmul: 'teacup-without-handle',
	chatjan: 'teacup-without-handle',
	chatjong: 'teacup-without-handle',
	// Kitchen
	peuraipaen: 'cooking'
};

export interface Illustration {
	icon: string;
	/** True when it draws the entry's own subject, false when it stands for the category. */
	ofSubject: boolean;
}

export function illustrationFor(entry: { slug: string; category: Category }): Illustration {
	const own = ENTRY_ILLUSTRATIONS[entry.slug];
	return own
		? { icon: own, ofSubject: true }
		: { icon: CATEGORY_ILLUSTRATIONS[entry.category], ofSubject: false };
}

/** Every icon the site can show, for the extraction script and /credits. */
export function allIllustrationIcons(): string[] {
	return [
		...new Set([...Object.values(CATEGORY_ILLUSTRATIONS), ...Object.values(ENTRY_ILLUSTRATIONS)])
	].sort();
}

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
