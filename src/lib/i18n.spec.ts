import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from './paraglide/messages.js';

const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;

describe('UI messages', () => {
	it('compiled into both locales (an offline compile can silently produce no messages)', () => {
		expect(m.site_name({}, { locale: 'en' })).toBe('Nambuk Menu');
		expect(m.site_name({}, { locale: 'ko' })).toBe('남북 메뉴');
		expect(m.results_range({ from: 1, to: 24, total: 250 }, { locale: 'ko' })).toBe(
			'전체 250개 중 1–24'
		);
	});

	it('has a Korean translation for every English string, and no stray keys', () => {
		const en = load('en');
		const ko = load('ko');
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries(ko)) {
			expect(value.trim(), key).not.toBe('');
			// Placeholders must survive translation.
			const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
			expect(holes(value), key).toEqual(holes(en[key]!));
		}
	});
});
