import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DiffTable from './DiffTable.svelte';
import JamoDiff from './JamoDiff.svelte';

const SAME_LETTERS = 'Both names are written with the same letters.';

describe('an empty diff', () => {
	it('of a proposal or revision says nothing changed, not that two names are alike', () => {
		const { body } = render(DiffTable, { props: { changes: [], caption: 'Changes' } });
		expect(body).not.toContain(SAME_LETTERS);
		expect(body).toContain('Nothing changes: every field is the same before and after.');
	});

	it('of two names with no letters to compare says so', () => {
		const pairs: [string, string][] = [
			['', ''],
			['냉면', ''],
			['', '랭면']
		];
		for (const [south, north] of pairs) {
			const { body } = render(JamoDiff, { props: { south, north } });
			expect(body, `${south}/${north}`).not.toContain(SAME_LETTERS);
			expect(body).toContain('There is no name on one side, so there are no letters to compare.');
		}
	});

	it('of two names written alike still says they are alike', () => {
		const { body } = render(JamoDiff, { props: { south: '김치', north: '김치' } });
		expect(body).toContain(SAME_LETTERS);
	});
});
