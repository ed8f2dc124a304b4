import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('/romanize page', () => {
	test('shows every system for the submitted text (works as a plain form)', async ({ page }) => {
		await page.goto('/romanize');
		await page.getByLabel('Korean text').fill('평양랭면');
		await page.getByRole('button', { name: 'Romanize' }).click();
		await expect(page).toHaveURL(/text=/);
		const readings = page.getByRole('region', { name: 'Readings' });
		// RR writes the pronunciation: ㄹ after ㅇ is said ㄴ (표준 발음법 제19항).
		await expect(readings.getByRole('row', { name: /^Revised Romanization\s/ })).toContainText(
			'pyeongyangnaengmyeon'
		);
		// The DPRK system writes kh/th/ph and keeps the initial ㄹ as r; a dish name is a word, so the
		// international form of the city (Pyongyang) is for the place kind only.
		await expect(readings.getByRole('row', { name: /^DPRK official/ })).toContainText(
			'phyŏngyangraengmyŏn'
		);
		await expect(readings.getByRole('row', { name: /^Yale/ })).toContainText('layngmyen');
		// IPA of each standard's pronunciation: ㄹ after ㅇ is said [ㄴ] in both (제19항; 문화어발음법
		// too), though the DPRK romanization above writes the letter.
		await expect(readings.getByRole('row', { name: /^IPA \(Seoul\)/ })).toContainText(
			'[pʰjʌŋ.jaŋ.nɛŋ.mjʌn]'
		);
		await expect(readings.getByRole('row', { name: /^IPA \(Pyongyang\)/ })).toContainText(
			'[pʰjʌŋ.jaŋ.nɛŋ.mjʌn]'
		);
	});

	test('the city itself, as a place, takes its established DPRK form', async ({ page }) => {
		await page.goto('/romanize?text=' + encodeURIComponent('평양') + '&kind=place');
		const readings = page.getByRole('region', { name: 'Readings' });
		await expect(readings.getByRole('row', { name: /^DPRK official/ })).toContainText('Pyongyang');
		await expect(readings.getByRole('row', { name: /^Revised Romanization\s/ })).toContainText(
			'Pyeongyang'
		);
	});

	test('a place name is romanized with its administrative unit', async ({ page }) => {
		await page.goto('/romanize?text=' + encodeURIComponent('삼죽면') + '&kind=place');
		await expect(page.getByLabel('Kind of text')).toHaveValue('place');
		await expect(page.getByRole('region', { name: 'Readings' })).toContainText('Samjuk-myeon');
	});

	test('updates as the reader types @js', async ({ page }) => {
		await page.goto('/romanize');
		await page.getByLabel('Korean text').pressSequentially('냉면');
		const readings = page.getByRole('region', { name: 'Readings' });
		await expect(readings.getByRole('row', { name: /^McCune–Reischauer\s/ })).toContainText(
			'naengmyŏn'
		);
		await expect(page).toHaveURL(/\/romanize$/);
	});

	test('too long text gets a clear message, not an error page', async ({ page }) => {
		const response = await page.goto('/romanize?text=' + '가'.repeat(201));
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('alert')).toContainText('between 1 and 200');
	});

	for (const prefix of ['', '/ko']) {
		test(`axe: ${prefix}/romanize`, async ({ page }) => {
			await page.goto(`${prefix}/romanize?text=${encodeURIComponent('냉면')}`);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('GET /api/v1/romanize', () => {
	test('romanizes with system and kind', async ({ request }) => {
		const res = await request.get('/api/v1/romanize', {
			params: { text: '냉면', system: 'mr' }
		});
		expect(res.status()).toBe(200);
		expect(await res.json()).toEqual({
			text: '냉면',
			system: 'mr',
			kind: 'word',
			romanization: 'naengmyŏn',
			pronunciation: '냉면',
			ipa: 'nɛŋ.mjʌn'
		});
		const place = await request.get('/api/v1/romanize', {
			params: { text: '삼죽면', kind: 'place' }
		});
		expect((await place.json()).romanization).toBe('Samjuk-myeon');
		const dprk = await request.get('/api/v1/romanize', {
			params: { text: '랭면', system: 'dprk' }
		});
		expect(await dprk.json()).toMatchObject({
			romanization: 'raengmyŏn',
			pronunciation: '랭면',
			ipa: 'ɾɛŋ.mjʌn'
		});
	});

	for (const [name, params] of [
		['unknown system', { text: '냉면', system: 'klingon' }],
		['unknown kind', { text: '냉면', kind: 'animal' }],
		['empty text', { text: '' }],
		['missing text', {}],
		['text over 200 characters', { text: '가'.repeat(201) }]
	] as const) {
		test(`${name} → 400 with an error`, async ({ request }) => {
			const res = await request.get('/api/v1/romanize', {
				params: params as Record<string, string>
			});
			expect(res.status()).toBe(400);
			expect(typeof (await res.json()).error).toBe('string');
		});
	}
});
