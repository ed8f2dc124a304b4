/**
 * Issue 14 item 4: questions. The framing is stripped, the rest searched, and the answer line
 * names the first result's words on the side asked about.
 */
import { describe, expect, it } from 'vitest';
import { seededSearch } from '../support/seeded-search';
import { respondToSearch, runSearch } from '$lib/server/search';
import { readQuestion } from '$lib/search/question';

const seeded = seededSearch();

describe('readQuestion', () => {
	it.each([
		['what do north koreans call ice cream', 'ice cream', 'north'],
		['What do North Koreans call ice cream?', 'ice cream', 'north'],
		['what does north korea call "ramen"', 'ramen', 'north'],
		['north korean word for squid', 'squid', 'north'],
		['North Korean for ice cream', 'ice cream', 'north'],
		['what is the north korean word for ice cream?', 'ice cream', 'north'],
		["what's the North Korean name for a hamburger", 'hamburger', 'north'],
		['how do you say ice cream in north korean', 'ice cream', 'north'],
		['what is ice cream called in North Korea?', 'ice cream', 'north'],
		['what do south koreans call 랭면', '랭면', 'south'],
		['south korean word for 에스키모', '에스키모', 'south'],
		['북한에서 아이스크림을 뭐라고 해?', '아이스크림', 'north'],
		['북한에서는 오징어를 뭐라고 하나요', '오징어', 'north'],
		['북한에서 아이스크림 뭐라고 불러요?', '아이스크림', 'north'],
		['북한 사람들은 라면을 뭐라고 해', '라면', 'north'],
		['아이스크림의 북한말', '아이스크림', 'north'],
		['아이스크림 북한말은?', '아이스크림', 'north'],
		['아이스크림을 북한말로 뭐야', '아이스크림', 'north'],
		['햄버거 북한 이름', '햄버거', 'north'],
		['에스키모의 남한말', '에스키모', 'south'],
		['남한에서 랭면을 뭐라고 하나요?', '랭면', 'south'],
		// 이 ends words (오이): it is left on, not cut off.
		['오이 북한말', '오이', 'north']
	])('%s → %s (%s)', (q, term, side) => {
		expect(readQuestion(q)).toEqual({ term, side });
	});

	it.each([
		'냉면',
		'ice cream',
		'north korea',
		'korean food',
		'북한말',
		'북한',
		'what do',
		'',
		'???'
	])('%j is no question', (q) => expect(readQuestion(q)).toBeNull());

	it('is not slowed down by a long odd query', () => {
		const started = performance.now();
		readQuestion(`${'north korean '.repeat(20)}${'a '.repeat(30)}`);
		readQuestion(`북한에서 ${'가 '.repeat(40)}`);
		expect(performance.now() - started).toBeLessThan(50);
	});
});

describe('questions are searched for their word and answered', () => {
	it.each([
		['what do north koreans call ice cream', 'aiseukeurim', ['에스키모']],
		['north korean word for squid', 'ojingeo', ['낙지']],
		['북한에서 아이스크림을 뭐라고 해?', 'aiseukeurim', ['에스키모']],
		['아이스크림의 북한말', 'aiseukeurim', ['에스키모']],
		['what do north koreans call ramen', 'ramyeon', ['즉석국수']],
		['랭면의 남한말', 'naengmyeon', ['냉면']],
		['what do north koreans call bibimbap', 'bibimbap', ['비빔밥']]
	])('%s → %s: %j', (q, slug, names) => {
		const answer = respondToSearch(seeded.search, q);
		expect(answer.results[0]?.slug).toBe(slug);
		expect(answer.answer).toMatchObject({ slug, names });
		expect(answer.question).toEqual(readQuestion(q));
	});

	it('a question finds what its word finds', () => {
		const plain = runSearch(seeded.search, 'squid', 5).map((r) => r.slug);
		expect(runSearch(seeded.search, 'north korean word for squid', 5).map((r) => r.slug)).toEqual(
			plain
		);
	});

	it('a question about an unknown word: no answer, the word (not the question) to propose', () => {
		const answer = respondToSearch(seeded.search, 'north korean word for xkdfh');
		expect(answer).toMatchObject({ results: [], answer: null });
		expect(answer.propose).toMatchObject({ field: 'english', value: 'xkdfh' });
	});

	it('a plain query has no question and no answer', () => {
		expect(respondToSearch(seeded.search, 'ice cream')).toMatchObject({
			question: null,
			answer: null
		});
	});
});
