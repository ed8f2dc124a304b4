/**
 * English as readers write it: the everyday English names and loanwords of foods whose entries
 * are glossed otherwise (ramen for 라면, glossed "instant ramyeon"), other spellings of gloss
 * words, and plurals the suffix rules of english.ts cannot fold. Data, reviewed as data: every
 * slug must be an entry of db/seed/entries.json (tests/unit/search-synonyms.spec.ts checks), and
 * no row says more than the entry does. Only what a gloss does not already say belongs here:
 * "cold noodles" and "dumplings" are found through the glosses themselves.
 */

export interface EnglishSynonym {
	/**
	 * What readers type. Words are compared as search terms (lowercase, stemmed) with the spaces
	 * and hyphens taken out, so "ice cream", "ice-cream", "icecream" and "ice creams" are one.
	 */
	says: readonly string[];
	/** The entries it names, best first. */
	means: readonly string[];
	/**
	 * "broader" when the entries are the kind of food the words name, not that food itself
	 * (fried chicken is a 튀김; the glossary has no entry for 치킨): the match says so.
	 */
	kind?: 'broader';
	/** For the reviewer: why the words mean these entries. */
	why: string;
}

export const ENGLISH_SYNONYMS: readonly EnglishSynonym[] = [
	{
		says: ['ramen', 'ramyun', 'instant noodles', 'instant ramen', 'korean ramen'],
		means: ['ramyeon'],
		why: 'The English name of 라면 (glossed "instant ramyeon"); ramyun is the older brand spelling.'
	},
	{
		says: ['cup ramen', 'cup noodles'],
		means: ['keop-ramyeon'],
		why: '컵라면 is instant noodles sold in a cup.'
	},
	{
		says: ['ice cream', 'soft serve'],
		means: ['aiseukeurim'],
		why: 'The entry is glossed "ice cream"; written as one word or hyphenated it is the same.'
	},
	{
		says: ['popsicle', 'ice lolly', 'ice pop', 'ice block'],
		means: ['hadeu'],
		why: '하드 is an ice pop on a stick: popsicle (US), ice lolly (UK), ice block (Australia).'
	},
	{
		says: ['bbq', 'barbecue', 'korean bbq', 'korean barbecue'],
		means: ['bulgogi', 'samgyeopsal'],
		why: 'Korean barbecue in English is meat grilled at the table: 불고기 and 삼겹살 are its dishes here.'
	},
	{
		says: ['korean fried chicken', 'kfc'],
		means: ['chikin'],
		why: '치킨 is the South’s word for Korean fried chicken (its gloss says fried chicken).'
	},
	{
		says: ['pancake', 'korean pancake', 'savory pancake'],
		means: ['buchimgae', 'bindaetteok', 'jeon'],
		why: '부침개, 빈대떡 and 전 are what English menus call Korean pancakes.'
	},
	{
		says: ['potsticker', 'gyoza'],
		means: ['gunmandu'],
		why: 'Pan-fried dumplings; the Northern name 군교즈 is itself the Japanese gyoza.'
	},
	{
		says: ['soy sauce', 'shoyu'],
		means: ['ganjang', 'yangjo-ganjang', 'yangnyeom-ganjang'],
		why: 'Soy sauce is 간장; the glossary also has it brewed (양조간장) and seasoned (양념간장).'
	},
	{
		says: ['fries', 'french fries', 'chips'],
		means: ['gamja-twigim'],
		why: '감자튀김 is French fries; chips in British English.'
	},
	{
		says: ['burger', 'hamburger', 'cheeseburger'],
		means: ['haembeogeo'],
		why: '햄버거; the North also says 버거.'
	},
	{
		says: ['hotdog', 'corn dog'],
		means: ['hatdogeu'],
		why: 'A Korean 핫도그 is most often a battered sausage on a stick, a corn dog in US English.'
	},
	{
		says: ['fridge'],
		means: ['naengjanggo'],
		why: 'Short for refrigerator, the gloss of 냉장고.'
	},
	{
		says: ['coke'],
		means: ['kolla'],
		why: 'Cola, as readers ask for it.'
	},
	{
		says: ['soda', 'fizzy drink', 'soft drink', 'soda pop'],
		means: ['tansan-eumnyo'],
		why: '탄산음료, glossed "carbonated soft drink".'
	},
	{
		says: ['sashimi'],
		means: ['saengseon-hoe'],
		why: '생선회 is sliced raw fish, what English calls sashimi.'
	},
	{
		says: ['omurice', 'omelet rice'],
		means: ['omeuraiseu'],
		why: '오므라이스, the Japanese omuraisu; glossed "omelette rice".'
	},
	{
		says: ['castella'],
		means: ['kaseutella'],
		why: '카스텔라 is the castella sponge cake.'
	}
];

/**
 * Other spellings of words the glosses use, read as the gloss spells them (both the glosses
 * and the queries go through this, so either spelling finds the other).
 */
export const ENGLISH_SPELLINGS: Readonly<Record<string, string>> = {
	chilli: 'chili',
	chile: 'chili',
	yoghurt: 'yogurt',
	yoghourt: 'yogurt',
	donut: 'doughnut',
	donuts: 'doughnut',
	soya: 'soy',
	barbeque: 'barbecue',
	omelet: 'omelette',
	omelets: 'omelette',
	savoury: 'savory',
	flavour: 'flavor',
	colour: 'color'
};

/** Plurals the suffix rules would not fold to their singular (leaves is not leave). */
export const ENGLISH_PLURALS: Readonly<Record<string, string>> = {
	leaves: 'leaf',
	loaves: 'loaf',
	halves: 'half',
	knives: 'knife',
	geese: 'goose',
	teeth: 'tooth',
	mice: 'mouse'
};
