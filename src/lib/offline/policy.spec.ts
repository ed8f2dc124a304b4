import { describe, expect, it } from 'vitest';
import { isPersonalPath, isStorablePage, offlineViewFor, shellFor } from './policy';

describe('what travel mode never keeps', () => {
	it.each([
		'/account',
		'/ko/account',
		'/moderate',
		'/moderate/photos',
		'/admin/users',
		'/contribute',
		'/login',
		'/ko/signup',
		'/logout',
		'/entries/naengmyeon/edit',
		'/ko/entries/naengmyeon/photo'
	])('%s is personal', (path) => {
		expect(isPersonalPath(path)).toBe(true);
	});

	it.each(['/', '/entries/naengmyeon', '/entries/naengmyeon/history', '/search', '/ko/about'])(
		'%s is public',
		(path) => {
			expect(isPersonalPath(path)).toBe(false);
		}
	);

	it('keeps a public page that any reader gets', () => {
		expect(
			isStorablePage('/entries/x', 200, 'text/html', 'public, max-age=0, must-revalidate')
		).toBe(true);
	});

	it.each([
		['a signed-in reader’s page', '/entries/x', 200, 'text/html', 'private, no-store'],
		['an error page', '/entries/x', 404, 'text/html', null],
		['JSON', '/entries/x', 200, 'application/json', null],
		['a personal path', '/account', 200, 'text/html', null]
	] as const)('never keeps %s', (_, path, status, type, cacheControl) => {
		expect(isStorablePage(path, status, type, cacheControl)).toBe(false);
	});
});

describe('the offline shell', () => {
	it('is the Korean one under /ko', () => {
		expect(shellFor('/ko/entries/x')).toBe('/ko/travel');
		expect(shellFor('/ko')).toBe('/ko/travel');
		expect(shellFor('/kobe')).toBe('/travel');
		expect(shellFor('/entries/x')).toBe('/travel');
	});

	it('shows what the address asks for', () => {
		const none = new URLSearchParams();
		expect(offlineViewFor('/entries/naengmyeon', none)).toEqual({
			kind: 'entry',
			slug: 'naengmyeon'
		});
		expect(offlineViewFor('/ko/entries/%EB%9E%AD%EB%A9%B4', none)).toEqual({
			kind: 'entry',
			slug: '랭면'
		});
		expect(offlineViewFor('/entries/%E0%A4', none)).toEqual({ kind: 'entry', slug: '%E0%A4' });
		expect(offlineViewFor('/search', new URLSearchParams('q=랭면'))).toEqual({
			kind: 'search',
			query: '랭면'
		});
		expect(offlineViewFor('/ko/decode', none)).toEqual({ kind: 'decode' });
		expect(offlineViewFor('/travel', none)).toEqual({ kind: 'travel' });
		expect(offlineViewFor('/entries/x/history', none)).toEqual({ kind: 'unavailable' });
	});
});
