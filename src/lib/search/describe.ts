/**
 * "What matched", in words, for a result: "Northern name 랭면 · McCune–Reischauer raengmyŏn".
 * Returned in parts so the page can give the name and the spelling their language tags.
 */
import { m } from '../paraglide/messages.js';
import { statusLabel } from '../labels';
import type { RomanizationSystem, SearchMatch } from './index';
import type { SearchAnswer } from './result';

export interface MatchDescription {
	/** "Northern name", "Southern name (also called)" … */
	side: string;
	name: string;
	/** ko-KP for a Northern name; ko-KR for a Southern one or one both Koreas write alike. */
	nameLang: 'ko-KR' | 'ko-KP';
	/** How it matched: "McCune–Reischauer", "initial consonants", "close spelling" … */
	how: string;
	/** The spelling or gloss compared with, when it is not the name itself. */
	detail: { text: string; lang: string } | null;
}

const systemLabels: Record<RomanizationSystem, () => string> = {
	rr: m.system_rr,
	'rr-translit': m.romanize_system_rr_translit,
	mr: m.system_mr,
	'mr-ascii': m.romanize_system_mr_ascii,
	dprk: m.system_dprk,
	yale: m.system_yale
};

export const systemLabel = (system: RomanizationSystem) => systemLabels[system]();

export function describeMatch(match: SearchMatch): MatchDescription {
	const side =
		match.side === 'north'
			? m.search_match_north()
			: match.side === 'south'
				? m.search_match_south()
				: m.search_match_both();
	const status = match.status === 'current' ? '' : ` (${statusLabel(match.status)})`;
	const nameLang = match.side === 'north' ? 'ko-KP' : 'ko-KR';
	const latin = (text: string) => ({ text, lang: 'ko-Latn' });
	const system = match.system ? systemLabel(match.system) : '';
	let how: string;
	let detail: MatchDescription['detail'] = null;
	switch (match.form) {
		case 'hangul':
			how = m.search_how_exact();
			break;
		case 'hanja':
			how = m.search_how_hanja();
			detail = { text: match.text, lang: 'ko-Hani' };
			break;
		case 'romanization':
			how = system;
			detail = latin(match.text);
			break;
		case 'prefix':
			how = match.system ? m.search_how_prefix_romanized({ system }) : m.search_how_prefix();
			if (match.system) detail = latin(match.text);
			break;
		case 'initials':
			how = m.search_how_initials();
			break;
		case 'keyboard':
			how = m.search_how_keyboard();
			break;
		case 'phonetic':
			how = m.search_how_phonetic({ system });
			detail = latin(match.text);
			break;
		case 'inside':
			how = m.search_how_inside();
			break;
		case 'compound':
			how = m.search_how_compound();
			detail = {
				text: match.text,
				lang: /[\uAC00-\uD7A3]/.test(match.text) ? nameLang : 'ko-Latn'
			};
			break;
		case 'typo':
			how = m.search_how_typo();
			if (match.system) detail = latin(match.text);
			break;
		case 'close':
			how = m.search_how_close();
			if (match.system) detail = latin(match.text);
			break;
		case 'synonym':
			how = m.search_how_synonym();
			detail = { text: match.text, lang: 'en' };
			break;
		case 'broader':
			how = m.search_how_broader();
			detail = { text: match.text, lang: 'en' };
			break;
		case 'english':
			how = m.search_how_english();
			detail = { text: match.text, lang: 'en' };
			break;
	}
	return { side: side + status, name: match.hangul, nameLang, how, detail };
}

/** "North Korean for ice cream: 에스키모", the answer line to a question, in parts. */
export function describeAnswer(answer: SearchAnswer): {
	label: string;
	names: string[];
	lang: 'ko-KR' | 'ko-KP';
} {
	const north = answer.side === 'north';
	return {
		label: north
			? m.search_answer_north({ term: answer.term })
			: m.search_answer_south({ term: answer.term }),
		names: answer.names,
		lang: north ? 'ko-KP' : 'ko-KR'
	};
}
