import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCsv } from '../support/csv';
import { expectNoAxeViolations } from './axe';

async function answerQuestion(page: Page, answer: 'North' | 'South' | 'Both', number: number) {
	await expect(page.getByText(`Question ${number} of 10`)).toBeVisible();
	const question = page.getByRole('group', { name: 'Where is this name used?' });
	await question.getByRole('button', { name: answer, exact: true }).click();
	const feedback = page.getByRole('region', { name: new RegExp(`^Question ${number}:`) });
	await expect(feedback).toBeVisible();
	await expect(feedback).toContainText(/Right!|Not quite\./);
	await expect(feedback).toContainText('Why:');
}

/**
 * Plays a whole round from the start page: ten questions, each its own form, answered in turn.
 * Returns the names asked, the final score and the end-of-round page's address.
 */
async function playRound(page: Page) {
	await page.goto('/quiz');
	await expect(page.getByRole('heading', { name: 'Which Korea?', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Start a round' }).click();
	await expect(page).toHaveURL(/\/quiz\?s=/);

	const seen: string[] = [];
	const given: string[] = [];
	const answers = ['North', 'South', 'Both'] as const;
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		const name = (await page
			.getByRole('group', { name: 'Where is this name used?' })
			.locator('[lang="ko"]')
			.textContent())!.trim();
		expect(seen, `no repeats within a round (${name})`).not.toContain(name);
		seen.push(name);
		given.push(answers[n % 3]!);
		await answerQuestion(page, answers[n % 3]!, n);
	}
	const result = page.getByRole('region', { name: 'Round over' });
	await expect(result).toBeVisible();
	const scoreText = (await result.getByText(/^You scored \d+ out of 10\.$/).textContent())!;
	const score = Number(scoreText.match(/(\d+) out of/)![1]);
	return { seen, given, score, doneUrl: page.url(), result };
}

/** The end-of-round share link: the plain link without JS, the copy (or share) button with it. */
async function shareLink(page: Page, result: Locator): Promise<string> {
	if (test.info().project.use.javaScriptEnabled === false) {
		const link = result.getByRole('link', { name: /\/quiz\/score\?r=/ });
		const href = (await link.getAttribute('href'))!;
		await expect(link).toHaveText(href);
		return href;
	}
	const button = result.getByRole('button', { name: /^(Copy link|Share)$/ });
	await expect(button).toBeVisible();
	if ((await button.textContent())!.trim() === 'Share') {
		// A browser with a share sheet: catch what ShareButton hands it instead of opening one.
		await page.evaluate(() => {
			navigator.share = async (data?: ShareData) => {
				(window as unknown as { shared: ShareData }).shared = data!;
			};
		});
		await button.click();
		return page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url!);
	}
	await button.click();
	await expect(result.getByRole('status')).toHaveText('Link copied.');
	return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('Which Korea? quiz', () => {
	test('a whole round of ten questions, a score page and a share link that shows the score', async ({
		page,
		context
	}) => {
		if (test.info().project.use.javaScriptEnabled !== false) {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		}
		const { seen, given, score, doneUrl, result } = await playRound(page);
		expect(new Set(seen).size).toBe(10);

		// The end of the round: the last answer's feedback, the score, and every answer reviewed.
		await expect(page.getByRole('region', { name: /^Question 10:/ })).toBeVisible();
		await expect(page.getByRole('group', { name: 'Where is this name used?' })).toHaveCount(0);
		await expect(result.getByRole('heading', { name: 'Share your score' })).toBeVisible();
		const review = result
			.getByRole('list')
			.filter({ hasText: 'Your answer:' })
			.getByRole('listitem');
		await expect(review).toHaveCount(10);
		// The review lists the names in the order asked, each linked to its entry.
		await expect(review.getByRole('link')).toHaveText(seen);
		for (const [i, answer] of given.entries()) {
			await expect(review.nth(i)).toContainText(`Your answer: ${answer}.`);
		}
		// The score is the number of answers marked right.
		await expect(review.filter({ hasText: '✔' })).toHaveCount(score);
		await expect(review.filter({ hasText: '✘' })).toHaveCount(10 - score);
		for (const href of await review
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^\/entries\/[a-z0-9-]+$/);
		}
		const href = await shareLink(page, result);
		const url = new URL(href, page.url());
		expect(url.pathname).toBe('/quiz/score');
		expect(url.searchParams.get('r')).toMatch(new RegExp(`^${score}-10\\.`));
		await page.goto(href);
		await expect(
			page.getByRole('heading', { name: 'A Which Korea? score', level: 1 })
		).toBeVisible();
		await expect(
			page.getByText(`Someone scored ${score} out of 10. Can you beat it?`)
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start a round' })).toHaveAttribute(
			'href',
			'/quiz'
		);

		// The same score in Korean.
		await page.goto(`/ko${url.pathname}${url.search}`);
		await expect(
			page.getByRole('heading', { name: '‘남이냐 북이냐?’ 점수', level: 1 })
		).toBeVisible();
		await expect(page.getByText(`누군가 10문제 중 ${score}개를 맞혔습니다.`)).toBeVisible();
		await expect(page.getByRole('link', { name: '시작하기' })).toHaveAttribute('href', '/ko/quiz');

		// Back at the end of the round, Play again starts a fresh round at question 1.
		await page.goto(doneUrl);
		await page
			.getByRole('region', { name: 'Round over' })
			.getByRole('button', { name: 'Play again' })
			.click();
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await expect(page).not.toHaveURL(doneUrl);
	});

	test('axe on the end of a round, /quiz/score and /ko/quiz/score @js', async ({
		page,
		context
	}) => {
		test.setTimeout(180_000);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { doneUrl, result } = await playRound(page);
		await expectNoAxeViolations(page);
		const url = new URL(await shareLink(page, result));
		// The end-of-round address works in Korean too: the signed state is not tied to a language.
		await page.goto(`/ko/quiz${new URL(doneUrl).search}`);
		await expect(page.getByRole('region', { name: '끝났습니다' })).toBeVisible();
		await expectNoAxeViolations(page);
		for (const prefix of ['', '/ko']) {
			await page.goto(`${prefix}/quiz/score${url.search}`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(/score|점수/);
			await expectNoAxeViolations(page);
		}
	});

	test('a changed state is refused, and the score cannot be forged', async ({ page, request }) => {
		await page.goto('/quiz?s=cT0xLTItMzthPW5ubg.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
		await expect(page.getByRole('alert')).toContainText('cannot be continued');
		const forged = await request.get(
			'/quiz/score?r=10-10.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
		);
		expect(forged.status()).toBe(404);
	});

	test('in Korean too', async ({ page }) => {
		await page.goto('/ko/quiz');
		await expect(page.getByRole('heading', { name: '남이냐 북이냐?', level: 1 })).toBeVisible();
		await page.getByRole('button', { name: '시작하기' }).click();
		await expect(page).toHaveURL(/\/ko\/quiz\?s=/);
		await expect(page.getByText('10문제 중 1번째')).toBeVisible();
		await page.getByRole('button', { name: '남북 모두' }).click();
		await expect(page.getByText('10문제 중 2번째')).toBeVisible();
		await expect(page.getByRole('region', { name: /^1번 문제/ })).toContainText('까닭:');
	});

	for (const prefix of ['', '/ko']) {
		// axe needs scripts in the page, so these run in the JS project only.
		test(`axe on ${prefix}/quiz, a question and the feedback @js`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(`${prefix}/quiz`);
			await expectNoAxeViolations(page);
			await page.locator('form[action="?/start"] button').click();
			await expect(page).toHaveURL(/quiz\?s=/);
			await page.locator('button[value="north"]').click();
			// With JS the feedback takes focus, as the page load does without it.
			await expect(page.locator('#quiz-feedback')).toBeFocused();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('compare', () => {
	test('two entries side by side from the form', async ({ page }) => {
		await page.goto('/compare');
		await expect(page.getByRole('heading', { name: 'Compare two entries' })).toBeVisible();
		await page.getByLabel('First entry').selectOption('naengmyeon');
		await page.getByLabel('Second entry').selectOption('ojingeo');
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await expect(page).toHaveURL(/a=naengmyeon&b=ojingeo/);
		const table = page.getByRole('table', { name: /cold noodles.* and squid, side by side/ });
		await expect(table).toBeVisible();
		await expect(table.getByRole('columnheader', { name: /냉면.*랭면/ })).toBeVisible();
		const southRow = table.getByRole('row', { name: /South Korean name/ });
		await expect(southRow.locator('[lang="ko-KR"]', { hasText: '오징어' }).first()).toBeVisible();
		const computed = table.getByRole('row', { name: /Computed rule/ });
		await expect(computed).toContainText('Initial-sound law');
		await expect(computed).toContainText('Meaning shift');
		await expect(page.getByLabel('First entry')).toHaveValue('naengmyeon');
	});

	for (const path of [
		'/compare',
		'/ko/compare',
		'/compare?a=naengmyeon&b=ojingeo',
		'/ko/compare?a=naengmyeon&b=ojingeo'
	]) {
		test(`axe on ${path} @js`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}

	test('a random pair in English: two different entries side by side', async ({
		page,
		request
	}) => {
		await page.goto('/compare');
		await expect(page.getByText('Choose two entries above, or try a random pair.')).toBeVisible();
		await expect(page.getByRole('table')).toHaveCount(0);
		await page.getByRole('link', { name: 'Random pair', exact: true }).click();
		await expect(page).toHaveURL(/\/compare\?a=[a-z0-9-]+&b=[a-z0-9-]+$/);
		const params = new URL(page.url()).searchParams;
		const [a, b] = [params.get('a')!, params.get('b')!];
		expect(a).not.toBe(b);

		const [first, second] = await Promise.all(
			[a, b].map(async (slug) => (await request.get(`/api/v1/entries/${slug}`)).json())
		);
		const table = page.getByRole('table', {
			name: `${first.english} and ${second.english}, side by side`
		});
		await expect(table).toBeVisible();
		// One column per entry, in order, each headed by its names and linked to its page.
		const heads = table.getByRole('columnheader').getByRole('link');
		await expect(heads).toHaveCount(2);
		await expect(heads.nth(0)).toHaveAttribute('href', `/entries/${a}`);
		await expect(heads.nth(1)).toHaveAttribute('href', `/entries/${b}`);
		await expect(heads.nth(0)).toContainText(first.south[0].hangul);
		await expect(heads.nth(1)).toContainText(second.south[0].hangul);
		const english = table.getByRole('row', { name: /^English/ }).getByRole('cell');
		await expect(english).toHaveText([first.english, second.english]);
		await expect(page.getByLabel('First entry')).toHaveValue(a);
		await expect(page.getByLabel('Second entry')).toHaveValue(b);
		await expect(page.getByRole('link', { name: `Open ${first.english}` })).toBeVisible();
		await expect(page.getByRole('link', { name: `Open ${second.english}` })).toBeVisible();
	});

	test('random pair link and Korean page', async ({ page }) => {
		await page.goto('/ko/compare');
		await expect(page.getByRole('heading', { name: '두 항목 비교' })).toBeVisible();
		await page.getByRole('link', { name: '아무거나 두 개' }).click();
		await expect(page).toHaveURL(/\/ko\/compare\?a=[a-z0-9-]+&b=[a-z0-9-]+/);
		await expect(page.getByRole('table')).toBeVisible();
	});

	test('the random pair is drawn per request, never baked into the shared page', async ({
		request
	}) => {
		// Two anonymous readers get the same cacheable page, and it names no pair of its own.
		const [first, second] = await Promise.all([request.get('/compare'), request.get('/compare')]);
		const html = await first.text();
		expect(await second.text()).toBe(html);
		expect(first.headers()['cache-control']).not.toMatch(/no-store|private/);
		expect(html).not.toMatch(/compare\?a=/);
		expect(html).toContain('href="/compare/random"');

		const targets = new Set<string>();
		for (let i = 0; i < 12; i++) {
			const response = await request.get('/compare/random', { maxRedirects: 0 });
			expect(response.status()).toBe(303);
			expect(response.headers()['cache-control']).toBe('no-store');
			const location = response.headers()['location']!;
			expect(location).toMatch(/^\/compare\?a=[a-z0-9-]+&b=[a-z0-9-]+$/);
			targets.add(location);
		}
		// 12 draws from hundreds of entries: all equal only if the draw is not random.
		expect(targets.size).toBeGreaterThan(1);
		const korean = await request.get('/ko/compare/random', { maxRedirects: 0 });
		expect(korean.headers()['location']).toMatch(/^\/ko\/compare\?a=/);
	});

	test('unknown slugs are reported', async ({ page }) => {
		await page.goto('/compare?a=naengmyeon&b=no-such-dish');
		await expect(page.getByRole('alert')).toContainText('no-such-dish');
		await expect(page.getByRole('table')).toHaveCount(0);
	});
});

test.describe('open data exports', () => {
	test('JSON and CSV hold every approved entry with the licence', async ({ request }) => {
		const list = await (await request.get('/api/v1/entries?limit=1')).json();
		const total: number = list.total;
		expect(total).toBeGreaterThan(250);

		const jsonRes = await request.get('/api/v1/export.json');
		expect(jsonRes.status()).toBe(200);
		expect(jsonRes.headers()['content-type']).toMatch(/^application\/json/);
		const doc = await jsonRes.json();
		expect(doc.licence.name).toBe('CC BY-SA 4.0');
		expect(doc.count).toBe(total);
		expect(doc.entries).toHaveLength(total);
		const naengmyeon = doc.entries.find((e: { slug: string }) => e.slug === 'naengmyeon');
		// Worked by hand from the DPRK rules (RULES.md): initial ㄹ kept as r, ㅐ ae, ㅇ ng, ㅕ yŏ.
		expect(naengmyeon.north[0].hangul).toBe('랭면');
		expect(naengmyeon.north[0].romanizations.dprk).toBe('raengmyŏn');
		expect(naengmyeon.sources.length).toBeGreaterThan(0);

		const csvRes = await request.get('/api/v1/export.csv');
		expect(csvRes.status()).toBe(200);
		expect(csvRes.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
		const bytes = await csvRes.body();
		// A byte-order mark, so Excel reads it as UTF-8 (issue 17); TextDecoder drops it, as Excel does.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = readCsv(new TextDecoder('utf-8').decode(bytes));
		const [header, ...records] = rows;
		expect(header).toContain('hangul');
		expect(header).toContain('licence');
		const slugColumn = header!.indexOf('slug');
		expect(new Set(records.map((r) => r[slugColumn])).size).toBe(total);
		for (const r of records) expect(r).toHaveLength(header!.length);
	});
});
