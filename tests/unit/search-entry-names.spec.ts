/**
 * Issue 14 item 8: which entries a name in an address stands for (/entries/냉면 → naengmyeon),
 * against the real seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/client';
import { loadSeed } from '$lib/server/seed/load';
import { readSeed } from '$lib/server/seed/validate';
import { createEntrySearch, entriesNamed } from '$lib/server/search';

let db: Db;
let search: ReturnType<typeof createEntrySearch>;

beforeAll(() => {
	db = openDatabase(':memory:');
	loadSeed(db, readSeed('db/seed'));
	search = createEntrySearch(db);
}, 120_000);

afterAll(() => db.$client.close());

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
		expect(entriesNamed(search, name)).toEqual([slug]);
	});

	it('a name of several entries gives them all', () => {
		expect(entriesNamed(search, '단묵').sort()).toEqual(['jelli', 'yanggaeng']);
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
		expect(entriesNamed(search, name)).toEqual([]);
	});
});
