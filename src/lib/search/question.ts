/**
 * Questions readers type instead of a word: "what do north koreans call ice cream", "north
 * korean word for squid", "북한에서 아이스크림을 뭐라고 해", "아이스크림의 북한말". The framing is
 * stripped and what remains is searched; the side asked about lets the page answer in a line
 * ("North Korean for ice cream: 에스키모"). Pure and isomorphic, like the rest of the index.
 *
 * The patterns are data: one regular expression per way of asking, the word in the group named
 * `term`, the side in `side` or fixed. A query that fits none is no question and is searched as
 * typed; so is one whose remainder is empty ("북한말").
 */
import type { NameSide } from '../vocabulary';

export type AskedSide = Exclude<NameSide, 'both'>;

export interface Question {
	/** What the reader wants the word for, as typed (ice cream, 아이스크림). */
	term: string;
	/** Which Korea's word they ask for. */
	side: AskedSide;
}

const KOREA = String.raw`(?<side>north|south)(?:ern)?\s*korean?s?`;
const WORD = String.raw`(?:word|name|term|expression|way to say)s?`;
const CALL = String.raw`(?:call|say|name|write)s?`;
const ENGLISH: readonly RegExp[] = [
	// what do north koreans call ice cream / what does north korea call squid
	new RegExp(
		String.raw`^(?:what|how)\s+(?:do|does|did|would)\s+(?:the\s+)?${KOREA}\s+${CALL}\s+(?<term>.+)$`
	),
	// what is the north korean word for ice cream / north korean word for squid / NK name of …
	new RegExp(
		String.raw`^(?:(?:what|which)(?:'s|\s+is|\s+are)\s+)?(?:the\s+|a\s+)?${KOREA}\s+(?:${WORD}\s+(?:for|of)|for)\s+(?<term>.+)$`
	),
	// how do you say ice cream in north korean / ice cream in north korea
	new RegExp(
		String.raw`^(?:(?:how\s+(?:do|does|would)\s+(?:you|one|i)\s+(?:say|call|write)|what\s+is)\s+)?(?<term>.+?)\s+(?:called\s+)?in\s+(?:the\s+)?${KOREA}(?:\s+language)?$`
	)
];

const KO_SIDE = String.raw`(?<side>북|남)(?:한|쪽|조선)`;
const KOREAN: readonly RegExp[] = [
	// 북한에서 아이스크림을 뭐라고 해(요)? / 북한에서는 아이스크림을 뭐라고 부르나요 / 북한 사람들은 …
	new RegExp(
		String.raw`^${KO_SIDE}(?:에서는?|에선|에서\s*쓰는|\s*사람들?은?|\s*말로는?)?\s+(?<term>.+?)\s*(?:뭐|무엇|무어|어떻게|뭣)(?:이?라고|이?라)?\s*(?:해|하나|하니|해요|하나요|합니까|불러|부르나|부르나요|부르니|불러요|말해|말하나요|써|쓰나요|하지|부르지|하죠)?(?:요)?$`
	),
	// 아이스크림의 북한말 / 아이스크림 북한말은? / 아이스크림을 북한말로 / 아이스크림 북한 이름
	new RegExp(
		String.raw`^(?<term>.+?)\s*${KO_SIDE}\s*(?:말|어|이름|낱말|단어|표현|명칭)(?:로는?|은|는|이|가)?(?:\s*(?:뭐야|뭐예요|뭐에요|무엇인가요|뭔가요|뭐지|뭐니|뭐|무엇|알려\s*줘|알려\s*주세요))?$`
	)
];
/**
 * Particles after the word that no food word ends with in practice: 을/를, 은/는, 의. 이/가/도
 * stay (오이, 고추가루): a word with 이 left on it is still found, its name inside the query.
 */
const PARTICLE = /(?<=[\uAC00-\uD7A3]{2})(?:을|를|은|는|의)$/u;

/** Trailing marks and a leading "the/a" carry nothing: "ice cream?" is ice cream. */
function tidy(text: string): string {
	return text
		.replace(/[?？!.。]+$/u, '')
		.trim()
		.replace(/^(?:the|a|an)\s+/i, '')
		.replace(/^["“'‘]+|["”'’]+$/gu, '')
		.trim();
}

/** The question a query asks, or null when it is a plain word. */
export function readQuestion(query: string): Question | null {
	const text = tidy(query.normalize('NFC').trim().replace(/\s+/g, ' '));
	if (!text) return null;
	const lower = text.toLowerCase();
	for (const pattern of ENGLISH) {
		const found = pattern.exec(lower);
		if (found?.groups) return question(text, lower, found.groups);
	}
	for (const pattern of KOREAN) {
		const found = pattern.exec(text);
		if (found?.groups) return question(text, text, found.groups);
	}
	return null;
}

function question(text: string, matched: string, groups: Record<string, string>): Question | null {
	const at = matched.indexOf(groups.term!);
	// The term as typed (its case kept), from the lowercase copy the pattern matched.
	const term = tidy(text.slice(at, at + groups.term!.length)).replace(PARTICLE, '');
	if (!term) return null;
	const side: AskedSide = /^(?:north|북)/.test(groups.side!) ? 'north' : 'south';
	return { term, side };
}
