/**
 * "Propose this word": when a search finds nothing, the query goes to /contribute in the field it
 * belongs in. Hangul fills a name row, Southern or Northern by its spelling; Latin letters fill
 * the English gloss. Pure, so the pages and the API build the same link.
 *
 * A Hangul word goes to the Northern row only when its first syllable is one the South's
 * initial-sound rule (두음법칙) never lets begin a word and that loanwords do not begin with
 * either: 랭면, 료리, 량곡, 녀자 are Northern spellings of 냉면, 요리, 양곡, 여자. Where the form
 * cannot tell — 록두 and 라면 begin like the loanwords 록 (rock) and 라디오, a missing 사이시옷
 * (차물 for 찻물) looks like any compound — the word goes to the Southern row, the form's first; the
 * contributor can change the row's side. Known slips: a loanword that begins with one of these
 * syllables (랭킹) lands in the Northern row.
 */
import { LIMITS } from '../schemas/proposal';

export type ProposeField = 'south' | 'north' | 'english';

export interface ProposePrefill {
	field: ProposeField;
	value: string;
	/** The neutral (unlocalized) link: /contribute?south=… */
	href: string;
}

const NORTH_FIRST_SYLLABLES = new Set([
	...'랭락략량려력련렬렴렵령례뢰료룡륙륜률륭릉녀녁년념녕뇨뉵닉닐'
]);
const HANGUL_WORDS = /^[\uAC00-\uD7A3]+(?: [\uAC00-\uD7A3]+)*$/;
/** Letters of an English word or a romanization, with the marks they are written with. */
const LATIN_WORDS = /^[\p{Script=Latin}]+(?:[ '’-][\p{Script=Latin}]+)*$/u;

/** Whether a Hangul word is spelled as only the North spells words. */
export function looksNorthern(word: string): boolean {
	return word.split(' ').some((w) => NORTH_FIRST_SYLLABLES.has(w[0]!));
}

/** Where a query that found nothing would go in the proposal form, or null (jamo, hanja, mixed). */
export function proposePrefill(query: string): ProposePrefill | null {
	const value = query.normalize('NFC').trim().replace(/\s+/g, ' ');
	let field: ProposeField;
	if (HANGUL_WORDS.test(value) && value.length <= LIMITS.hangul) {
		field = looksNorthern(value) ? 'north' : 'south';
	} else if (LATIN_WORDS.test(value) && value.length <= LIMITS.english) {
		field = 'english';
	} else {
		return null;
	}
	return { field, value, href: `/contribute?${new URLSearchParams({ [field]: value })}` };
}
