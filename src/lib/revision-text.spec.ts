import { describe, expect, it } from 'vitest';
import { SEED_AUTHOR } from '$lib/server/seed/load';
import { revisionAuthorText, revisionSummaryText } from './revision-text';
import { overwriteGetLocale } from './paraglide/runtime';

describe('history lines in the reader’s language', () => {
	it.each([
		[
			'en',
			'Imported naengmyeon from the curated seed (db/seed)',
			"added from the site's curated data"
		],
		['ko', 'Imported naengmyeon from the curated seed (db/seed)', '사이트 기본 자료로 추가'],
		[
			'ko',
			'Imported naengmyeon from the curated seed (db/seed) on upgrade',
			'사이트 기본 자료로 추가'
		],
		['ko', 'Updated naengmyeon from the curated seed (db/seed)', '사이트 기본 자료로 갱신'],
		['ko', 'Reverted to version 3', '3판으로 되돌림'],
		['ko', 'New entry', '새 항목'],
		['ko', 'Edit', '수정'],
		// A contributor's own words stay as written.
		['ko', 'Added the Pyongyang spelling', 'Added the Pyongyang spelling'],
		['ko', 'Imported by hand', 'Imported by hand']
	])('%s: %s', (locale, summary, shown) => {
		overwriteGetLocale(() => locale as 'en' | 'ko');
		expect(revisionSummaryText(summary)).toBe(shown);
	});

	it('names the seed loader as the site, and a contributor by name', () => {
		overwriteGetLocale(() => 'ko');
		expect(revisionAuthorText(SEED_AUTHOR)).toBe('남북 메뉴');
		expect(revisionAuthorText('minji')).toBe('minji');
		overwriteGetLocale(() => 'en');
		expect(revisionAuthorText(SEED_AUTHOR)).toBe('Nambuk Menu');
	});
});
