import { describe, expect, it } from 'vitest';
import { canonicalQuery, localizedPath, pageAddresses } from './page-url';

describe('page addresses', () => {
	it('writes the Korean home without the trailing slash that redirects', () => {
		expect(localizedPath('/', 'ko')).toBe('/ko');
		expect(localizedPath('/', 'en')).toBe('/');
		expect(localizedPath('/entries?page=2', 'ko')).toBe('/ko/entries?page=2');
		expect(localizedPath('/entries/naengmyeon', 'en')).toBe('/entries/naengmyeon');
	});

	it.each([
		['/entries', '?category=noodles&utm_source=x&page=2', '?category=noodles&page=2'],
		['/entries', '?category=&region=&sort=south', '?sort=south'],
		['/entries', '?category=', ''],
		['/about', '?junk=1&fbclid=abc', ''],
		['/compare', '?b=kimchi&a=naengmyeon&a=x', '?a=naengmyeon&b=kimchi'],
		['/moderate', '?done=approved', ''],
		['/login', '?redirectTo=%2Faccount', '']
	])('keeps only what makes %s%s a page', (path, search, query) => {
		expect(canonicalQuery(path, new URLSearchParams(search))).toBe(query);
	});

	it('gives the canonical address and both languages, x-default English', () => {
		const ko = pageAddresses(new URL('https://nambuk.example/ko?utm_medium=social'), 'ko');
		expect(ko.canonical).toBe('https://nambuk.example/ko');
		expect(ko.alternates).toEqual([
			{ hreflang: 'en', href: 'https://nambuk.example/' },
			{ hreflang: 'ko', href: 'https://nambuk.example/ko' },
			{ hreflang: 'x-default', href: 'https://nambuk.example/' }
		]);
		const entries = pageAddresses(
			new URL('https://nambuk.example/entries?category=noodles&region='),
			'en'
		);
		expect(entries.canonical).toBe('https://nambuk.example/entries?category=noodles');
		expect(entries.alternates[1]).toEqual({
			hreflang: 'ko',
			href: 'https://nambuk.example/ko/entries?category=noodles'
		});
	});
});
