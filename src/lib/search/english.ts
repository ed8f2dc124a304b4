/**
 * English words of glosses and descriptions as search terms: lowercased, without accents, stop
 * words dropped and lightly stemmed, so that noodle/noodles, fry/fried/frying and
 * pickle/pickled meet. A full Porter stemmer would also fold words that readers keep apart
 * (cook/cookie); the few suffix rules below are enough for food words.
 */

import { ENGLISH_PLURALS, ENGLISH_SPELLINGS } from './english-synonyms';

/** A word as the glosses spell it, singular where the suffix rules cannot tell (leaves → leaf). */
const CANONICAL = new Map([
	...Object.entries(ENGLISH_SPELLINGS),
	...Object.entries(ENGLISH_PLURALS)
]);

const STOP_WORDS = new Set(
	(
		'a an and are as at be by e eg etc for from g i ie in into is it its of on or such ' +
		'than that the their this to with without'
	).split(' ')
);

/** The stem of one lowercase word. */
export function stem(word: string): string {
	let w = CANONICAL.get(word) ?? word;
	if (w.endsWith("'s")) w = w.slice(0, -2);
	if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
	else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	// cookie/cookies: -ies became -y above, so -ie does too.
	if (w.length > 4 && w.endsWith('ie')) w = `${w.slice(0, -2)}y`;
	// pickle/pickled and noodle/noodl(es) end alike once a final e goes.
	if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
	// chilled → chill → chil, like chill; stuffed → stuff → stuf.
	if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiou]/.test(w.at(-1)!)) w = w.slice(0, -1);
	return w;
}

/** The words of an English text, lowercase and unaccented, in order (stop words included). */
export function englishWords(text: string): string[] {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.match(/[a-z]+(?:'[a-z]+)?/g) ?? []
	);
}

/** Search terms of a text: stemmed words without stop words, in order, repeats kept. */
export function englishTerms(text: string): string[] {
	return englishWords(text)
		.filter((w) => !STOP_WORDS.has(w))
		.map(stem)
		.filter((w) => w.length > 0);
}

/**
 * A word's singular, for the synonym table: only the plural endings, not stem()'s other suffix
 * rules, so that fries (French fries) stays apart from fried.
 */
export function singular(word: string): string {
	const w = CANONICAL.get(word) ?? word;
	if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
	if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
	if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
	return w;
}

/**
 * The words of a text as the synonym table compares them: lowercase, singular, stop words out.
 * Joined without spaces they make its key, so ice cream, ice-cream and icecream are one.
 */
export function synonymWords(text: string): string[] {
	return englishWords(text)
		.filter((w) => !STOP_WORDS.has(w))
		.map(singular);
}
