/**
 * Issue 14 item 8: which entries a name in an address stands for (/entries/냉면 → naengmyeon),
 * against the real seed.
 */
import { describe, expect, it } from 'vitest';
import { seededSearch } from '../support/seeded-search';
import { entriesNamed } from '$lib/server/search';

const seeded = seededSearch();

describe('entriesNamed', () => {
	it.each([
		['냉면', 'naengmyeon'],
		['랭면', 'naengmyeon'],
		['raengmyeon', 'naengmyeon'],
		['raengmyŏn', 'naengmyeon'],
		['Raengmyon', 'naengmyeon'],
		['에스키모', 'aiseukeurim'],
		['eseukimo', 'aiseukeurim'],
		['평양랭면', 'pyeongyang-naengmyeon'],
		['pyeongyang naengmyeon', 'pyeongyang-naengmyeon']
	])('%s → %s', (name, slug) => {
		expect(entriesNamed(seeded.search, name)).toEqual([slug]);
	});

	it('a name of several entries gives them all', () => {
		expect(entriesNamed(seeded.search, '단묵').sort()).toEqual(['jelli', 'yanggaeng']);
	});

	// A sound-alike, a typo, a start or a gloss is not a name: the address is a 404 then.
	it.each([
		'naengmyun',
		'냉먼',
		'냉며',
		'cold noodles',
		'ㄴㅁ',
		'',
		' ',
		'x'.repeat(101),
		'\u0000'
	])('%j names nothing', (name) => {
		expect(entriesNamed(seeded.search, name)).toEqual([]);
	});
});
