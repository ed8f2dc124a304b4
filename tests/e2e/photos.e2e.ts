import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createUser, logIn, logOut, randomHangul, uniqueName } from '../support/accounts';
import { HOSTILE_FILES, phoneJpegWithGps, photoJpeg } from '../fixtures/photos';
import { exifHasGps } from '../../src/lib/server/photo-pipeline';
import { expectNoAxeViolations } from './axe';

// Photos are processed while the contributor waits, and logins hash with argon2.
test.describe.configure({ timeout: 180_000 });

/** Both projects share one server and database: each works on its own entry. */
const entryFor = (project: string) => (project === 'no-js' ? 'bindaetteok' : 'baechutguk');

const photoInput = (page: Page) => page.getByLabel('Photo', { exact: true });

async function fillDetails(page: Page, alt: string) {
	await page.getByRole('radio', { name: 'I took this photo' }).check();
	await page.getByRole('radio', { name: 'CC BY 4.0 — credit the author' }).check();
	await page.getByLabel('Description for screen readers (English)').fill(alt);
	await page.getByLabel('Description for screen readers (Korean, optional)').fill('빈대떡 한 접시');
}

/** Every URL in a srcset attribute. */
const srcsetUrls = (srcset: string | null) =>
	(srcset ?? '')
		.split(',')
		.map((s) => s.trim().split(/\s+/)[0]!)
		.filter(Boolean);

async function expectServedClean(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(response.headers()['content-type']).toMatch(/^image\/(avif|webp|jpeg)$/);
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	const meta = await sharp(await response.body()).metadata();
	expect(meta.exif, url).toBeUndefined();
	expect(exifHasGps(meta.exif), url).toBe(false);
	expect(meta.xmp, url).toBeUndefined();
	expect(meta.icc, url).toBeUndefined();
}

test('a contributor uploads a phone photo, a moderator approves it, readers see it without its GPS; removed, it is gone', async ({
	page,
	request
}, info) => {
	const slug = entryFor(info.project.name);
	const contributor = uniqueName('snapper', info);
	const moderator = uniqueName('photomod', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const alt = `A plate of mung bean pancakes (${contributor})`;

	await test.step('upload needs an account', async () => {
		await page.goto(`/entries/${slug}/photo`);
		await expect(page).toHaveURL(/\/login\?redirectTo=/);
	});

	await test.step('the contributor uploads a photo carrying GPS EXIF', async () => {
		await logIn(page, contributor);
		await page.goto(`/entries/${slug}`);
		await page.getByRole('link', { name: 'Add a photo' }).click();
		await expect(page).toHaveURL(new RegExp(`/entries/${slug}/photo$`));
		// Each project sends different pixels: the same bytes twice would be refused as a repeat.
		const seed = info.project.name === 'no-js' ? 21 : 22;
		await photoInput(page).setInputFiles({
			name: 'IMG_0001.jpg',
			mimeType: 'image/jpeg',
			buffer: await phoneJpegWithGps(1600, 1200, seed)
		});
		await fillDetails(page, alt);
		await page.getByRole('button', { name: 'Send the photo for review' }).click();
		// Processing takes a few seconds, more on a busy machine.
		await expect(
			page.getByRole('status').filter({ hasText: 'waiting for a moderator' })
		).toBeVisible({
			timeout: 60_000
		});
		const mine = page.getByRole('region', { name: 'Your photos of this entry' });
		await expect(mine.getByText('Waiting for review')).toBeVisible();
		// The uploader sees the pending photo; nobody else does.
		const pending = mine.getByRole('img', { name: alt });
		await expect(pending).toBeVisible();
		const src = await pending.getAttribute('src');
		expect((await page.request.get(src!)).headers()['cache-control']).toBe('private, no-store');
		expect((await request.get(src!)).status()).toBe(404);
	});

	await test.step('not on the entry page before review', async () => {
		await logOut(page);
		await page.goto(`/entries/${slug}`);
		await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
		await expect(page.getByRole('img', { name: /^Illustration: / })).toBeVisible();
	});

	await test.step('the moderator sees what was stripped and approves', async () => {
		await logIn(page, moderator);
		await page.goto('/moderate/photos');
		const card = page.getByRole('article').filter({ has: page.getByRole('img', { name: alt }) });
		await expect(card.getByTestId('stripped')).toContainText('GPS location');
		await expect(card.getByTestId('stripped')).toContainText('EXIF');
		await expect(card.getByTestId('stripped')).toContainText('orientation');
		await expect(
			card.getByRole('definition').getByRole('link', { name: 'CC BY 4.0' })
		).toBeVisible();
		await card.getByRole('button', { name: 'Approve' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Photo approved' })).toBeVisible();
		await logOut(page);
	});

	await test.step('readers see it in a <picture> with its credit, served without GPS', async () => {
		await page.goto(`/entries/${slug}`);
		const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: alt }) });
		const img = figure.getByRole('img', { name: alt });
		await expect(img).toBeVisible();
		// Stored sideways with orientation 6: shown upright, 1200 wide and 1600 tall.
		await expect(img).toHaveAttribute('width', '1200');
		await expect(img).toHaveAttribute('height', '1600');
		await expect(figure).toContainText(`Photo: ${contributor}`);
		await expect(figure.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
			'href',
			'https://creativecommons.org/licenses/by/4.0/'
		);
		const picture = figure.locator('picture');
		await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute(
			'srcset',
			/320w.*640w.*1200w/
		);
		await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute(
			'srcset',
			/320w.*640w.*1200w/
		);
		const urls = [
			(await img.getAttribute('src'))!,
			...srcsetUrls(await img.getAttribute('srcset')),
			...srcsetUrls(await picture.locator('source[type="image/avif"]').getAttribute('srcset')),
			...srcsetUrls(await picture.locator('source[type="image/webp"]').getAttribute('srcset'))
		];
		expect(new Set(urls).size).toBe(9);
		for (const url of new Set(urls)) await expectServedClean(request, url);

		await page.goto('/credits');
		await expect(page.getByRole('row').filter({ hasText: contributor })).toBeVisible();
	});

	await test.step('a removed photo disappears from every public page', async () => {
		await page.goto(`/entries/${slug}`);
		const src = (await page.getByRole('img', { name: alt }).getAttribute('src'))!;
		await logIn(page, moderator);
		await page.goto('/moderate/photos');
		const card = page
			.getByRole('region', { name: 'Shown on the site' })
			.getByRole('article')
			.filter({ has: page.getByRole('img', { name: alt }) });
		await card.getByRole('button', { name: 'Remove from the site' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Photo removed' })).toBeVisible();
		await logOut(page);
		await page.goto(`/entries/${slug}`);
		await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
		await expect(page.getByRole('img', { name: /^Illustration: / })).toBeVisible();
		await page.goto('/credits');
		await expect(page.getByRole('row').filter({ hasText: contributor })).toHaveCount(0);
		expect((await request.get(src)).status()).toBe(404);
	});
});

test('hostile files are refused with a clear message, and the form keeps what was typed', async ({
	page
}, info) => {
	const contributor = uniqueName('hostile', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	const refused = HOSTILE_FILES.filter((f) => f.refusal);
	const messages: Record<string, RegExp> = {
		photo_not_an_image: /not a JPEG, PNG, WebP or AVIF image/,
		photo_damaged: /damaged or incomplete/,
		photo_too_many_pixels: /too many pixels/,
		photo_empty: /The file is empty/,
		photo_too_large: /larger than 15 MB/
	};
	for (const file of refused) {
		await test.step(file.name, async () => {
			await page.goto('/entries/anju/photo');
			await photoInput(page).setInputFiles({
				name: file.fileName,
				mimeType: file.mimeType,
				buffer: await file.make()
			});
			await fillDetails(page, `Hostile: ${file.name}`);
			if (file.refusal === 'photo_too_large' && info.project.name === 'js') {
				// With scripts the browser refuses before sending 20 MB.
				await page.getByRole('button', { name: 'Send the photo for review' }).click();
				expect(
					await photoInput(page).evaluate((el: HTMLInputElement) => el.validationMessage)
				).toMatch(messages.photo_too_large!);
				return;
			}
			await page.getByRole('button', { name: 'Send the photo for review' }).click();
			await expect(page.getByText(messages[file.refusal!]!)).toBeVisible();
			await expect(photoInput(page)).toHaveAttribute('aria-invalid', 'true');
			if (file.refusal !== 'photo_too_large') {
				await expect(page.getByLabel('Description for screen readers (English)')).toHaveValue(
					`Hostile: ${file.name}`
				);
			}
		});
	}
});

test('an existing photo needs its author and source', async ({ page }, info) => {
	const contributor = uniqueName('borrower', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	await page.goto('/entries/anju/photo');
	await page
		.getByRole('radio', { name: 'An existing, openly licensed photo by someone else' })
		.check();
	await page.getByRole('radio', { name: 'CC BY-SA 4.0 — credit the author, share alike' }).check();
	await page.getByLabel('Description for screen readers (English)').fill('Side dishes with drinks');
	await page.getByRole('button', { name: 'Send the photo for review' }).click();
	// Without scripts the server answers; with them the browser asks for the file first.
	if (info.project.name === 'no-js') {
		await expect(page.getByText('Choose a photo to upload.')).toBeVisible();
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.getByLabel('Author', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(page.getByLabel('Source URL', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	} else {
		expect(
			await photoInput(page).evaluate((el: HTMLInputElement) => el.validity.valueMissing)
		).toBe(true);
	}
});

test('an entry without a photo shows its category illustration, credited', async ({ page }) => {
	await page.goto('/entries/anju');
	const illustration = page.getByRole('img', { name: 'Illustration: Snacks and drinking food' });
	await expect(illustration).toBeVisible();
	await expect(illustration).toHaveAttribute('src', '/illustrations/rice-cracker.svg');
	await expect(
		page.getByText('No photo yet — an illustration of the category is shown.')
	).toBeVisible();
	await page.getByRole('link', { name: 'Illustration: Noto Emoji (Apache 2.0)' }).click();
	await expect(page.getByRole('heading', { name: 'Illustrations' })).toBeVisible();
	await expect(
		page.getByText(/that entry shows it instead of its category's: .*octopus/)
	).toBeVisible();
});

test('an entry whose subject has an emoji shows that, not its category', async ({ page }) => {
	// 낙지 is an ingredient, whose category picture is a carrot.
	await page.goto('/entries/nakji');
	const illustration = page.getByRole('img', { name: 'Illustration: long-arm octopus' });
	await expect(illustration).toHaveAttribute('src', '/illustrations/octopus.svg');
	await expect(page.getByText('No photo yet — an illustration is shown.')).toBeVisible();
	await page.goto('/ko/entries/nakji');
	const korean = page.getByRole('img', { name: '그림: 낙지' });
	await expect(korean).toHaveAttribute('src', '/illustrations/octopus.svg');
	await expect(korean).toHaveAttribute('lang', 'ko-KR');
	expect(
		(await page.request.get('/illustrations/octopus.svg')).headers()['content-type']
	).toContain('image/svg+xml');
});

for (const path of ['/credits', '/ko/credits']) {
	test(`${path} lists photos and illustrations with their licences, accessibly`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' }).first()).toBeVisible();
		await expect(
			page.getByRole('link', { name: /Apache|라이선스 전문|Licence text/ }).first()
		).toBeVisible();
		expect((await page.request.get('/illustrations/LICENSE.txt')).status()).toBe(200);
		await expectNoAxeViolations(page);
	});
}

test('the upload form passes axe', async ({ page }, info) => {
	const contributor = uniqueName('axe', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	await page.goto('/entries/anju/photo');
	await expectNoAxeViolations(page);
});

test('a photo sent with a new-entry proposal is shown once both are approved', async ({
	page
}, info) => {
	const contributor = uniqueName('proposer', info);
	const moderator = uniqueName('propmod', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const gloss = `test photo soup of ${contributor}`;
	const alt = `A steaming bowl of soup (${contributor})`;

	await logIn(page, contributor);
	await fillNewEntry(page, gloss);
	await page.getByLabel('Photo (optional)').setInputFiles({
		name: 'soup.jpg',
		mimeType: 'image/jpeg',
		buffer: await photoJpeg(1000, 750, info.project.name === 'no-js' ? 31 : 32)
	});
	await page
		.getByRole('radio', { name: 'An existing, openly licensed photo by someone else' })
		.check();
	await page.getByRole('radio', { name: 'CC BY-SA 4.0 — credit the author, share alike' }).check();
	await page.getByLabel('Author', { exact: true }).fill('Jane Doe');
	await page
		.getByLabel('Source URL', { exact: true })
		.fill('https://commons.wikimedia.org/wiki/File:Soup.jpg');
	await page.getByLabel('Description for screen readers (English)').fill(alt);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/\/account\?submitted=\d+$/, { timeout: 60_000 });
	await logOut(page);

	await logIn(page, moderator);
	await page.goto('/moderate/photos');
	const card = () =>
		page.getByRole('article').filter({ has: page.getByRole('img', { name: alt }) });
	// The entry does not exist yet: the photo waits for its proposal.
	await card().getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByRole('alert')).toContainText('approve the proposal first');
	await card()
		.getByRole('link', { name: /Sent with proposal #\d+/ })
		.click();
	await expect(page).toHaveURL(/\/moderate\/\d+$/);
	// The reviewer of the proposal sees the photo that came with it.
	const sent = page.getByRole('region', { name: 'Photos sent with this proposal' });
	await expect(sent.getByRole('img', { name: alt })).toBeVisible();
	await expect(sent).toContainText('Pending review');
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText('Approved. The entry now shows the change.')).toBeVisible();
	await page.goto('/moderate/photos');
	await card().getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Photo approved' })).toBeVisible();
	const entryHref = (await card().getByRole('link', { name: gloss }).getAttribute('href'))!;
	await logOut(page);
	await page.goto(entryHref);

	const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: alt }) });
	await expect(figure).toContainText('Photo: Jane Doe');
	await expect(figure.getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible();
	await expect(figure.getByRole('link', { name: 'source' })).toHaveAttribute(
		'href',
		'https://commons.wikimedia.org/wiki/File:Soup.jpg'
	);
});

/** The new-entry form filled in with fresh names citing one printed source; no photo yet. */
test('@js a chosen photo stays chosen when the form comes back with another row or a problem', async ({
	page
}, info) => {
	const contributor = uniqueName('keeper', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	await fillNewEntry(page, `kept photo of ${contributor}`);
	await page.getByLabel('Photo (optional)').setInputFiles({
		name: 'kept.jpg',
		mimeType: 'image/jpeg',
		buffer: await photoJpeg(400, 300, 33)
	});
	const chosen = () =>
		page
			.getByLabel('Photo (optional)')
			.evaluate((input: HTMLInputElement) => input.files?.[0]?.name);
	await page.getByRole('button', { name: 'Add another name' }).click();
	await expect(page.getByRole('group', { name: 'Name 3', exact: true })).toBeVisible();
	expect(await chosen()).toBe('kept.jpg');
	// A problem to fix (the gloss cleared) brings the form back: the photo is still there.
	await page.getByLabel('English gloss').fill('');
	await page.getByLabel('Korean gloss').fill('');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	expect(await chosen()).toBe('kept.jpg');
});

async function fillNewEntry(page: Page, gloss: string) {
	const group = (name: string) => page.getByRole('group', { name, exact: true });
	await page.goto('/contribute');
	await page.getByLabel('English gloss').fill(gloss);
	await page.getByLabel('Korean gloss').fill('시험용 국');
	await page
		.getByLabel('Why the names differ (English)')
		.fill('A test entry: both names are made up.');
	await page
		.getByLabel('Why the names differ (Korean)')
		.fill('시험용 항목이라 두 이름 모두 지어냈다.');
	await page.getByLabel('Category').selectOption('soup-stew');
	await page.getByLabel('Kind of difference').selectOption('native-coinage');
	await group('Name 1').getByLabel('Hangul').fill(randomHangul());
	await group('Name 2').getByLabel('Hangul').fill(randomHangul());
	await group('Source 1').getByLabel('Citation').fill('Test dictionary of food words, p. 12');
	await group('Name 1').getByLabel('Source 1').check();
	await group('Name 2').getByLabel('Source 1').check();
}

/** A new-entry proposal filled in, with a photo chosen; the caller picks the photo's bytes. */
async function proposeWithPhoto(
	page: Page,
	gloss: string,
	file: { name: string; mimeType: string; buffer: Buffer },
	alt: string
) {
	await fillNewEntry(page, gloss);
	await page.getByLabel('Photo (optional)').setInputFiles(file);
	await page.getByRole('radio', { name: 'I took this photo' }).check();
	await page.getByRole('radio', { name: 'CC0 1.0 — no rights reserved' }).check();
	await page.getByLabel('Description for screen readers (English)').fill(alt);
	await page.getByRole('button', { name: 'Submit for review' }).click();
}

test('a proposal with a file that is not a photo is refused whole, with every value kept', async ({
	page
}, info) => {
	const contributor = uniqueName('badphoto', info);
	createUser(contributor, 'contributor');
	const gloss = `not a photo soup of ${contributor}`;
	const hostile = HOSTILE_FILES.find((f) => f.name === 'text renamed .jpg')!;
	await logIn(page, contributor);
	await proposeWithPhoto(
		page,
		gloss,
		{ name: hostile.fileName, mimeType: hostile.mimeType, buffer: await hostile.make() },
		'a bowl'
	);
	await expect(page.getByText('This file is not a JPEG, PNG, WebP or AVIF image.')).toBeVisible();
	await expect(page.getByLabel('English gloss')).toHaveValue(gloss);
	await expect(page.getByLabel('Description for screen readers (English)')).toHaveValue('a bowl');
	// Nothing was saved: no proposal, no photo.
	await page.goto('/account');
	await expect(page.getByText(gloss)).toHaveCount(0);
});

test('rejecting a new-entry proposal rejects the photo that came with it', async ({
	page
}, info) => {
	const contributor = uniqueName('rejphoto', info);
	const moderator = uniqueName('rejmod', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const gloss = `rejected photo soup of ${contributor}`;
	const alt = `A bowl that will not be shown (${contributor})`;
	await logIn(page, contributor);
	await proposeWithPhoto(
		page,
		gloss,
		{
			name: 'bowl.jpg',
			mimeType: 'image/jpeg',
			buffer: await photoJpeg(800, 600, info.project.name === 'no-js' ? 41 : 42)
		},
		alt
	);
	await expect(page).toHaveURL(/\/account\?submitted=\d+$/, { timeout: 60_000 });
	await logOut(page);

	await logIn(page, moderator);
	await page.goto('/moderate/photos');
	const card = page.getByRole('article').filter({ has: page.getByRole('img', { name: alt }) });
	const src = await card.getByRole('img', { name: alt }).getAttribute('src');
	await card.getByRole('link', { name: /Sent with proposal #\d+/ }).click();
	await page.getByLabel('Reason for rejecting').fill('Not a dish from either Korea.');
	await page.getByRole('button', { name: 'Reject' }).click();
	await expect(page).toHaveURL(/done=rejected/);
	await page.goto('/moderate/photos');
	await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
	// Its files are gone, even for a moderator.
	expect((await page.request.get(src!)).status()).toBe(404);
});

test('an entry with several photos heads with the first and shows the rest below the fold, lazily', async ({
	page
}, info) => {
	// Both entries have a seed photo, which stays first; two more are uploaded and approved here.
	const slug = info.project.name === 'no-js' ? 'bibimbap' : 'sundae';
	const contributor = uniqueName('gallery', info);
	const moderator = uniqueName('gallerymod', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const alts = [1, 2].map((n) => `Another plate, number ${n} (${contributor})`);
	await logIn(page, contributor);
	for (const [n, alt] of alts.entries()) {
		await page.goto(`/entries/${slug}/photo`);
		await photoInput(page).setInputFiles({
			name: `plate-${n}.jpg`,
			mimeType: 'image/jpeg',
			buffer: await photoJpeg(900, 600, (info.project.name === 'no-js' ? 51 : 61) + n)
		});
		await fillDetails(page, alt);
		await page.getByRole('button', { name: 'Send the photo for review' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'waiting for a moderator' })
		).toBeVisible({ timeout: 60_000 });
	}
	await logOut(page);
	await logIn(page, moderator);
	for (const alt of alts) {
		await page.goto('/moderate/photos');
		await page
			.getByRole('article')
			.filter({ has: page.getByRole('img', { name: alt }) })
			.getByRole('button', { name: 'Approve' })
			.click();
		await expect(page.getByRole('status').filter({ hasText: 'Photo approved' })).toBeVisible();
	}
	await logOut(page);

	await page.goto(`/entries/${slug}`);
	const more = page.getByRole('region', { name: 'More photos' });
	for (const alt of alts) {
		const img = more.getByRole('img', { name: alt });
		await expect(img).toHaveAttribute('loading', 'lazy');
		await expect(img).toHaveAttribute('sizes', /.+/);
		await expect(
			more.getByRole('figure').filter({ has: page.getByRole('img', { name: alt }) })
		).toContainText('CC BY 4.0');
	}
	// The seed photo still heads the entry, loaded at once.
	const head = page.getByRole('complementary').getByRole('img');
	await expect(head).toHaveAttribute('loading', 'eager');
	await expect(head).not.toHaveAttribute('alt', alts[0]!);
});
