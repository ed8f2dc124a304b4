import { expect, test, type Page } from '@playwright/test';
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

test.describe('Which Korea? quiz', () => {
	test('ten questions, feedback after each, a score and a share link at the end', async ({
		page
	}) => {
		await page.goto('/quiz');
		await expect(page.getByRole('heading', { name: 'Which Korea?', level: 1 })).toBeVisible();
		await page.getByRole('button', { name: 'Start a round' }).click();

		const seen = new Set<string>();
		const answers = ['North', 'South', 'Both'] as const;
		for (let n = 1; n <= 10; n++) {
			await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
			const name = await page
				.getByRole('group', { name: 'Where is this name used?' })
				.locator('[lang="ko"]')
				.textContent();
			expect(seen.has(name ?? ''), `no repeats within a round (${name})`).toBe(false);
			seen.add(name ?? '');
			await answerQuestion(page, answers[n % 3]!, n);
		}
		await expect(page.getByRole('heading', { name: 'Round over' })).toBeVisible();
		await expect(page.getByText(/You scored \d+ out of 10\./)).toBeVisible();
		await expect(page.getByRole('list').filter({ hasText: 'Your answer:' }).getByRole('listitem')).toHaveCount(10);

		// Without JS the share control is the link itself; with JS it becomes a share or copy button.
		const finalScore = (await page.getByText(/You scored \d+ out of 10\./).textContent())!.match(
			/(\d+) out of/
		)![1];
		if (test.info().project.name === 'no-js') {
			const shareHref = await page.locator('a[href*="/quiz/score?r="]').getAttribute('href');
			await page.goto(shareHref!);
			await expect(page.getByText(`Someone scored ${finalScore} out of 10.`)).toBeVisible();
		} else {
			await expect(page.getByRole('button', { name: /^(Copy link|Share)$/ })).toBeVisible();
		}
	});

	test('a changed state is refused, and the score cannot be forged', async ({ page, request }) => {
		await page.goto('/quiz?s=cT0xLTItMzthPW5ubg.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
		await expect(page.getByRole('alert')).toContainText('cannot be continued');
		const forged = await request.get('/quiz/score?r=10-10.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
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

	for (const path of ['/compare', '/ko/compare', '/compare?a=naengmyeon&b=ojingeo', '/ko/compare?a=naengmyeon&b=ojingeo']) {
		test(`axe on ${path} @js`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}

	test('random pair link and Korean page', async ({ page }) => {
		await page.goto('/ko/compare');
		await expect(page.getByRole('heading', { name: '두 항목 비교' })).toBeVisible();
		await page.getByRole('link', { name: '아무거나 두 개' }).click();
		await expect(page).toHaveURL(/\/ko\/compare\?a=[a-z0-9-]+&b=[a-z0-9-]+/);
		await expect(page.getByRole('table')).toBeVisible();
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
		expect(naengmyeon.north[0].romanizations.dprk).toBeTruthy();
		expect(naengmyeon.sources.length).toBeGreaterThan(0);

		const csvRes = await request.get('/api/v1/export.csv');
		expect(csvRes.status()).toBe(200);
		expect(csvRes.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
		const bytes = await csvRes.body();
		expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(bytes.toString('utf8'));
		const [header, ...records] = rows;
		expect(header).toContain('hangul');
		expect(header).toContain('licence');
		const slugColumn = header!.indexOf('slug');
		expect(new Set(records.map((r) => r[slugColumn])).size).toBe(total);
		for (const r of records) expect(r).toHaveLength(header!.length);
	});
});

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}
