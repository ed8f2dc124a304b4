import { describe, expect, it } from 'vitest';
import { m } from './paraglide/messages.js';

/* Issue 16: counts through the i18n library's plural forms, never "1 results". */
describe('counted messages', () => {
	it.each([
		[m.search_count, '1 result', '2 results', '결과 1개'],
		[m.search_suggestions_count, '1 suggestion', '3 suggestions', '추천 1개'],
		[m.map_entries_count, '1 entry', '2 entries', '항목 1개'],
		[m.home_all, '1 entry', '755 entries', '전체 항목 1개'],
		[
			m.search_suggestions_closest,
			'Nothing matches; 1 close entry',
			'close entries',
			'비슷한 항목 1개'
		]
	] as const)('%#: %s', (message, oneEn, manyEn, oneKo) => {
		const many = Number(manyEn.match(/\d+/)?.[0] ?? 2);
		expect(message({ count: 1 }, { locale: 'en' })).toBe(oneEn);
		expect(message({ count: many }, { locale: 'en' })).toContain(manyEn);
		expect(message({ count: 1 }, { locale: 'ko' })).toContain(oneKo);
	});
});
