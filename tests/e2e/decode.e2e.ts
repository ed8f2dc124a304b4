import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DECODE_TEXTS } from '../fixtures/decode-texts';
import { hydrated } from '../support/scripts';

const textOf = (id: string) => DECODE_TEXTS.find((t) => t.id === id)!.text;
/** A Pyongyang menu, a snack line with the squid false friend and a news sentence with 로동자. */
const NORTHERN_MENU = [
	textOf('pyongyang-menu'),
	textOf('north-dried-squid'),
	textOf('north-news')
].join('\n');

const reading = (page: Page) => page.getByRole('region', { name: 'How the text was read' });

const note = (page: Page, headword: string) =>
	page
		.getByRole('region', { name: /^Words found/ })
		.getByRole('listitem')
		.filter({ hasText: new RegExp(`^\\s*${headword}\\s`) });

async function decode(page: Page, text: string, path = '/decode', button = 'Decode') {
	await page.goto(path);
	await page
		.getByRole('textbox', { name: path.startsWith('/ko') ? '한국어 글' : 'Korean text' })
		.fill(text);
	await page.getByRole('button', { name: button, exact: true }).click();
}

test.describe('/decode', () => {
	test('is linked from the header', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Decode' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Menu decoder' })).toBeVisible();
	});

	test('marks a pasted Northern menu: words, notes, the standard and a false friend', async ({
		page
	}) => {
		await decode(page, NORTHERN_MENU);
		await expect(reading(page)).toContainText('Detected: Northern spelling (문화어).');
		await expect(reading(page).getByText('Signs of Northern spelling:')).toContainText('평양랭면');
		await expect(reading(page).getByText('Signs of Northern spelling:')).toContainText(
			'로동자 (by rule)'
		);

		const marked = page.getByRole('region', { name: 'The text, marked' });
		await expect(marked.locator('mark', { hasText: '평양랭면' }).first()).toBeVisible();
		// Marks are not colour alone: each carries a numbered link to its note.
		await expect(marked.getByRole('link', { name: 'Note 1', exact: true }).first()).toHaveAttribute(
			'href',
			'#decode-note-1'
		);

		const naengmyeon = note(page, '평양랭면');
		await expect(naengmyeon).toContainText('North Korean word');
		await expect(naengmyeon).toContainText('In the South: 평양냉면');
		await expect(
			naengmyeon.getByRole('link', { name: 'Pyongyang buckwheat cold noodles' })
		).toHaveAttribute('href', '/entries/pyeongyang-naengmyeon');

		const squid = note(page, '낙지');
		await expect(squid).toContainText('In the South: 오징어');
		await expect(squid).toContainText(
			'False friend: in the South this word means long-arm octopus.'
		);
		await expect(squid).toContainText('The North calls that: 서해낙지');

		const rule = note(page, '로동자');
		await expect(rule).toContainText('노동자');
		await expect(rule).toContainText('By rule, not in the glossary');
		await expect(marked.getByText('rule', { exact: true }).first()).toBeVisible();
	});

	test('rewrites the whole text in Southern spelling, marks kept', async ({ page }) => {
		await decode(page, NORTHERN_MENU);
		const rewrite = page.getByRole('group').filter({ hasText: 'Rewrite in Southern spelling' });
		await page.getByText('Rewrite in Southern spelling').click();
		const rewritten = rewrite.locator('p[lang="ko-KR"]');
		// Each word in the other Korea's form, still marked (the note numbers follow each mark).
		await expect(rewritten.locator('mark')).toContainText([
			'평양냉면',
			'달걀말이',
			'빈대떡',
			'마른오징어',
			'오징어',
			'노동자',
			'여성',
			'이용하',
			'되었'
		]);
		await expect(rewritten).toContainText('는 살짝 구워 먹는다');
	});

	test('the reader can override the detected standard', async ({ page }) => {
		await page.goto('/decode');
		await page.getByRole('textbox', { name: 'Korean text' }).fill(textOf('north-news'));
		await page.getByRole('radio', { name: 'Southern spelling' }).check();
		await page.getByRole('button', { name: 'Decode', exact: true }).click();
		await expect(reading(page)).toContainText('Read as Southern spelling, as you chose.');
		await expect(reading(page)).toContainText('Detected: Northern spelling (문화어).');
		await expect(page.getByRole('radio', { name: 'Southern spelling' })).toBeChecked();
		// Read as Southern, nothing is respelled by the North-to-South rule.
		await expect(note(page, '로동자')).toHaveCount(0);
		await expect(page.getByText('Rewrite in Northern spelling')).toBeVisible();
	});

	test('a Southern 분식 board is read as Southern, with the squid warning the other way', async ({
		page
	}) => {
		await decode(page, textOf('seoul-bunsik'));
		await expect(reading(page)).toContainText('Detected: Southern spelling (표준어).');
		const squid = note(page, '오징어');
		await expect(squid).toContainText('In the North: 낙지');
		await expect(squid).toContainText('False friend: in the North this word means cuttlefish.');
		await expect(note(page, '떡볶이')).toContainText('South Korean word');
	});

	test('the example link decodes without a form', async ({ page }) => {
		await page.goto('/decode');
		await page.getByRole('link', { name: /Try an example/ }).click();
		await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveValue(/평양랭면/);
		await expect(note(page, '록두지짐')).toContainText('In the South: 빈대떡');
	});

	test('updates as the reader types @js', async ({ page }) => {
		await page.goto('/decode');
		// Typed key by key, as a reader does, once the page has come alive (keys typed before it
		// hydrates reach the plain form, which is the no-JS path).
		await hydrated(page);
		await page
			.getByRole('textbox', { name: 'Korean text' })
			.pressSequentially('평양랭면과 닭알말이');
		await expect(note(page, '닭알말이')).toContainText('In the South: 달걀말이');
		await expect(reading(page)).toContainText('Detected: Northern spelling (문화어).');
		await page.getByRole('radio', { name: 'Southern spelling' }).check();
		await expect(reading(page)).toContainText('Read as Southern spelling, as you chose.');
		await page.getByRole('textbox', { name: 'Korean text' }).fill('떡볶이');
		await expect(note(page, '떡볶이')).toBeVisible();
		await expect(note(page, '닭알말이')).toHaveCount(0);
		await expect(page).toHaveURL(/\/decode$/);
	});

	test('an empty text gets a clear message', async ({ page }) => {
		await page.goto('/decode');
		await page.getByRole('button', { name: 'Decode', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('Paste or type some Korean text');
	});

	test('a text over 5,000 characters gets a clear message, not an error page', async ({ page }) => {
		await decode(page, '랭면'.repeat(2501));
		await expect(page.getByRole('alert')).toContainText('longer than 5,000 characters');
		await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	});

	for (const prefix of ['', '/ko']) {
		test(`axe: ${prefix}/decode with a decoded menu`, async ({ page }) => {
			await page.goto(`${prefix}/decode?text=${encodeURIComponent(NORTHERN_MENU)}`);
			await expect(page.locator('#decode-notes-heading')).toBeVisible();
			await page.locator('details.rewrite summary').click();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('/ko/decode', () => {
	test('reads the menu in Korean throughout', async ({ page }) => {
		await decode(page, NORTHERN_MENU, '/ko/decode', '풀이하기');
		await expect(page.getByRole('region', { name: '글을 읽은 방식' })).toContainText(
			'판별 결과: 북한 표기(문화어)입니다.'
		);
		const squid = page
			.getByRole('region', { name: /^찾은 낱말/ })
			.getByRole('listitem')
			.filter({ hasText: /^\s*낙지\s/ });
		await expect(squid).toContainText('남한에서는: 오징어');
		await expect(squid).toContainText('뜻이 엇갈리는 말: 남한에서 이 낱말이 가리키는 것은');
		await expect(squid).toContainText('북한 사전은 낙지를 다리가 열 개인 동물로 풀이해');
		await expect(page.getByText('남한 표기로 고쳐 쓰기')).toBeVisible();
		// No English UI text on the Korean page (glosses exist in Korean for these entries).
		const main = (await page.getByRole('main').innerText()).replace(/CC BY-SA|API/g, '');
		expect(main).not.toMatch(/\b(Detected|False friend|Words found|North Korean|rule)\b/);
	});
});

test.describe('POST /api/v1/decode', () => {
	test('returns the reading with offsets in UTF-16 code units', async ({ request }) => {
		const text = '😀 평양랭면은 낙지와';
		const res = await request.post('/api/v1/decode', { data: { text, from: 'north' } });
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.from).toBe('north');
		expect(body.detected.standard).toBe('north');
		expect(body.detected.evidence).toContainEqual({
			text: '평양랭면',
			standard: 'north',
			basis: 'glossary'
		});
		const [naengmyeon, squid] = body.matches;
		expect(naengmyeon).toMatchObject({ text: '평양랭면', start: 3, end: 7, side: 'north' });
		expect(text.slice(naengmyeon.start, naengmyeon.end)).toBe('평양랭면');
		expect(naengmyeon.counterparts).toEqual(['평양냉면']);
		expect(naengmyeon.why.en).toMatch(/\S/);
		expect(squid).toMatchObject({ text: '낙지', slug: 'ojingeo' });
		expect(squid.falseFriend).toMatchObject({ slug: 'nakji', side: 'south' });
		expect(body.conversions).toEqual([]);
		expect(body.converted).toBe('😀 평양냉면은 오징어와');
	});

	test('respells by rule and detects the standard when from is left out', async ({ request }) => {
		const body = await (
			await request.post('/api/v1/decode', { data: { text: '로동자들이 리용하는 식당' } })
		).json();
		expect(body.from).toBe('north');
		expect(body.conversions).toEqual([
			{ text: '로동자', start: 0, end: 3, to: '노동자', rule: 'initial-sound-law' },
			{ text: '리용하', start: 6, end: 9, to: '이용하', rule: 'initial-sound-law' }
		]);
	});

	for (const [what, data] of [
		['an empty text', { text: '' }],
		['no text', {}],
		['a text over 5,000 characters', { text: '가'.repeat(5001) }],
		['a wrong from', { text: '랭면', from: 'east' }]
	] as const) {
		test(`${what} gets 400 with an error`, async ({ request }) => {
			const res = await request.post('/api/v1/decode', { data });
			expect(res.status()).toBe(400);
			expect((await res.json()).error).toMatch(/\S/);
		});
	}

	test('a body that is not JSON gets 400 with an error', async ({ request }) => {
		const res = await request.post('/api/v1/decode', {
			headers: { 'content-type': 'application/json' },
			data: '{"text": 평양'
		});
		expect(res.status()).toBe(400);
		expect((await res.json()).error).toMatch(/JSON/);
	});

	test('is documented on /api', async ({ page }) => {
		await page.goto('/api');
		const section = page.getByRole('region', { name: 'POST /api/v1/decode' });
		await expect(section).toContainText('UTF-16 code units');
		await expect(section).toContainText('curl -X POST');
	});
});
