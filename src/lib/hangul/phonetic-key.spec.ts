import { describe, expect, it } from 'vitest';
import { latinLetters, phoneticKey } from './phonetic-key';

describe('latinLetters', () => {
	it('drops breves, apostrophes, hyphens, spaces and case', () => {
		expect(latinLetters('Raengmyŏn')).toBe('raengmyon');
		expect(latinLetters("p'yŏngyang-naengmyŏn")).toBe('pyongyangnaengmyon');
		expect(latinLetters('Ch’ŏnggukchang')).toBe('chonggukchang');
		expect(latinLetters('cold noodles')).toBe('coldnoodles');
		expect(latinLetters('냉면')).toBe('');
	});
});

describe('phoneticKey', () => {
	// Each row: spellings that must share one key (official systems first, then informal ones).
	const sameWord: [string, string[]][] = [
		[
			'냉면 / 랭면',
			['naengmyeon', 'naengmyŏn', 'Naengmyeon', 'naengmyun', 'raengmyŏn', 'raengmyon', 'laengmyun']
		],
		['불고기', ['bulgogi', 'pulgogi', 'pulkoki', 'bulgoggi']],
		['김치', ['kimchi', "kimch'i", 'gimchi', 'kimchee', 'gimchee']],
		['떡볶이', ['tteokbokki', 'ttŏkpokki', 'ddukbokki', 'dukbokki', 'ttukbokki', 'tukbokgi']],
		['순대', ['sundae', 'soondae', 'sunde', 'soonde']],
		['만두', ['mandu', 'mandoo', 'mantu']],
		['막걸리', ['makgeolli', 'makkŏlli', 'makkoli', 'makgulli', 'makoli']],
		['찌개', ['jjigae', 'tchigae', 'chigae', 'jjige', 'zzigae']],
		['삼겹살', ['samgyeopsal', 'samgyŏpsal', 'samgyupsal', 'samgyeopssal']],
		['식혜', ['sikhye', 'shikhye', 'sikye', 'shikkye']],
		['소주', ['soju', 'shoju', 'sojoo', 'soju ']],
		['요리 / 료리', ['yori', 'ryori', 'lyori', 'nyori']],
		['양념', ['yangnyeom', 'yangnyŏm', 'yangnyum', 'yangryeom']],
		['볶음밥', ['bokkeumbap', 'pokkŭmbap', 'bokumbap', 'bokeumbab']],
		['된장', ['doenjang', 'dwenjang', 'toenjang', 'toenchang']],
		['평양 (DPRK kh/th/ph)', ["p'yŏngyang", 'phyongyang', 'pyongyang', 'pyeongyang']]
	];
	it.each(sameWord)('folds every spelling of %s to one key', (_word, spellings) => {
		const keys = new Set(spellings.map(phoneticKey));
		expect([...keys]).toHaveLength(1);
	});

	it('keeps apart words that sound different', () => {
		const distinct = ['naengmyeon', 'bibimbap', 'mandu', 'sundae', 'kimchi', 'kimbap', 'gukbap'];
		expect(new Set(distinct.map(phoneticKey)).size).toBe(distinct.length);
		// A final n is not a syllable start, so it does not fold with l.
		expect(phoneticKey('man')).not.toBe(phoneticKey('mal'));
		// ng is a sound of its own.
		expect(phoneticKey('bang')).not.toBe(phoneticKey('ban'));
	});

	it('gives a stable, short key', () => {
		expect(phoneticKey('naengmyeon')).toBe('leNmyon');
		expect(phoneticKey('tteokbokki')).toBe('tokpoki');
		expect(phoneticKey('')).toBe('');
		expect(phoneticKey('냉면')).toBe('');
	});

	it('leaves a dropped consonant to the typo search', () => {
		expect(phoneticKey('topokki')).not.toBe(phoneticKey('tteokbokki'));
	});
});
