import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from './paraglide/messages.js';

/** A message is a string, or (plurals and other variants) an array of `{ match: { … } }`. */
type Message = string | { match: Record<string, string> }[];

const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Message>;

/** Every text a message can show: the string, or each of its variants. */
const texts = (message: Message | undefined): string[] =>
	message === undefined
		? []
		: typeof message === 'string'
			? [message]
			: message.flatMap((m) => Object.values(m.match));

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
			for (const text of texts(value)) expect(text.trim(), key).not.toBe('');
			// Placeholders must survive translation (a variant may leave one out, e.g. "one minute").
			const holes = (message: Message | undefined) => [
				...new Set(texts(message).flatMap((s) => s.match(/\{\w+\}/g) ?? []))
			];
			expect(holes(value).sort(), key).toEqual(holes(en[key]).sort());
		}
	});

	it('says "1 minute" and "2 minutes" through the plural rules; Korean has one form (issue 12.19)', () => {
		const locked = (minutes: number, locale: 'en' | 'ko') =>
			m.auth_login_locked({ minutes }, { locale });
		expect(locked(1, 'en')).toBe('Too many failed attempts. Try again in 1 minute.');
		expect(locked(2, 'en')).toBe('Too many failed attempts. Try again in 2 minutes.');
		expect(locked(15, 'en')).toBe('Too many failed attempts. Try again in 15 minutes.');
		expect(locked(1, 'ko')).toBe('실패한 시도가 너무 많습니다. 1분 뒤에 다시 시도하십시오.');
		expect(locked(15, 'ko')).toBe('실패한 시도가 너무 많습니다. 15분 뒤에 다시 시도하십시오.');
	});
});
