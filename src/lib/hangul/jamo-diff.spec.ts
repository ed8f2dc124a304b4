import { describe, expect, it } from 'vitest';
import type { Difference } from '../vocabulary';
import {
	detectDifference,
	diffJamo,
	looksBorrowed,
	toLetters,
	type DetectContext
} from './jamo-diff';

describe('toLetters', () => {
	it('splits syllables into initial, medial and final letters, clusters into two', () => {
		expect(toLetters('닭').map((l) => `${l.jamo}:${l.role}`)).toEqual([
			'ㄷ:initial',
			'ㅏ:medial',
			'ㄹ:final',
			'ㄱ:final'
		]);
		expect(toLetters('A 김').map((l) => l.syllable)).toEqual([0, 1, 2, 2, 2]);
	});
});

describe('diffJamo', () => {
	it('finds the one changed letter of 냉면/랭면', () => {
		const d = diffJamo('냉면', '랭면');
		expect(d.hunks).toHaveLength(1);
		expect(d.hunks[0]!.deleted.map((l) => l.jamo)).toEqual(['ㄴ']);
		expect(d.hunks[0]!.inserted.map((l) => l.jamo)).toEqual(['ㄹ']);
		expect([...d.changedSyllables.south]).toEqual([0]);
		expect([...d.changedSyllables.north]).toEqual([0]);
		expect(d.similarity).toBeCloseTo(10 / 12);
	});

	it('drops the final ㅅ of 찻, not the initial ㅅ of 숟, in 찻숟갈/차숟갈', () => {
		const d = diffJamo('찻숟갈', '차숟갈');
		expect(d.hunks).toEqual([
			{ deleted: [{ jamo: 'ㅅ', syllable: 0, role: 'final' }], inserted: [] }
		]);
	});

	it('has no changes for identical names and similarity 1', () => {
		const d = diffJamo('김치', '김치');
		expect(d.hunks).toEqual([]);
		expect(d.similarity).toBe(1);
		expect(d.ops.every((o) => o.op === 'equal')).toBe(true);
	});

	it('walks every letter of both names exactly once', () => {
		const d = diffJamo('도넛', '가락지빵');
		const south = d.ops.flatMap((o) => (o.op === 'insert' ? [] : [o.south]));
		const north = d.ops.flatMap((o) => (o.op === 'delete' ? [] : [o.north]));
		expect(south).toEqual(d.south.map((_, i) => i));
		expect(north).toEqual(d.north.map((_, i) => i));
	});
});

describe('looksBorrowed', () => {
	it.each([
		['아이스크림', true],
		['쵸콜레트', true],
		['칼파스', true],
		['샴페인', true],
		['냉면', false],
		['가락지빵', false],
		['김치', false]
	])('%s → %s', (name, expected) => expect(looksBorrowed(name)).toBe(expected));
});

const OJINGEO_NAKJI: DetectContext = { falseFriends: [{ south: '낙지', north: '서해낙지' }] };

describe('detectDifference', () => {
	const cases: [string, string, Difference, DetectContext?][] = [
		// Initial-sound law: the North keeps ㄹ/ㄴ at the start of a word or of a Sino-Korean morpheme.
		['냉면', '랭면', 'initial-sound-law'],
		['요리', '료리', 'initial-sound-law'],
		['녹차', '록차', 'initial-sound-law'],
		['평양냉면', '평양랭면', 'initial-sound-law'],
		['여자', '녀자', 'initial-sound-law'],
		['요릿집', '료리집', 'initial-sound-law'],
		// 사이시옷: the South writes the ㅅ between the parts of a compound, the North does not.
		['만둣국', '만두국', 'saisiot'],
		['젓가락', '저가락', 'saisiot'],
		['찻숟갈', '차숟갈', 'saisiot'],
		// Loanwords: two adaptations of one foreign word, or two foreign-looking words.
		['토마토', '도마도', 'loanword'],
		['버터', '빠다', 'loanword'],
		['컵', '고뿌', 'loanword'],
		['아이스크림', '에스키모', 'loanword'],
		['초콜릿', '쵸콜레트', 'loanword'],
		['프라이팬', '후라이판', 'loanword'],
		['소시지', '칼파스', 'loanword', { recorded: 'loanword' }],
		// Native coinage: a different word with few letters in common.
		['도넛', '가락지빵', 'native-coinage'],
		['채소', '남새', 'native-coinage'],
		['백설기', '흰설기', 'native-coinage'],
		['소시지', '칼파스', 'native-coinage'],
		// Spelling: the same word written differently.
		['달걀', '닭알', 'spelling'],
		['가자미', '가재미', 'spelling'],
		['무', '무우', 'spelling'],
		['조림', '졸임', 'spelling'],
		['섞박지', '석박지', 'spelling'],
		// Meaning shift: only the data's false-friend relation can tell.
		['오징어', '낙지', 'meaning-shift', OJINGEO_NAKJI],
		['오징어', '낙지', 'native-coinage'],
		['김치', '김치', 'same'],
		['평양냉면', '평양냉면', 'same']
	];
	it.each(cases)('%s / %s → %s', (south, north, kind, context) => {
		expect(detectDifference(south, north, context).kind).toBe(kind);
	});

	it('says what the guess rests on', () => {
		expect(detectDifference('냉면', '랭면').basis).toBe('letters');
		expect(detectDifference('오징어', '낙지', OJINGEO_NAKJI).basis).toBe('relation');
		expect(detectDifference('소시지', '칼파스', { recorded: 'loanword' }).basis).toBe('data');
	});

	it('never guesses regional-dish, which is a fact about the dish, not the names', () => {
		expect(detectDifference('아바이순대', '찰순대', { recorded: 'regional-dish' }).kind).not.toBe(
			'regional-dish'
		);
	});

	it('uses the data only to break a tie, never against the letters', () => {
		expect(detectDifference('냉면', '랭면', { recorded: 'loanword' }).kind).toBe(
			'initial-sound-law'
		);
		expect(detectDifference('도넛', '가락지빵', { recorded: 'native-coinage' }).kind).toBe(
			'native-coinage'
		);
	});
});
