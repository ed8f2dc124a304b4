import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, uniqueName } from '../support/accounts';

/*
 * Issue 13's Korean texts through the proposal form: a contributor edits an entry's Korean gloss,
 * its "why" sentence in Korean and a name's Korean note, a moderator sees each change in the diff
 * and approves, and the Korean entry page reads the new text. Each project edits its own entry
 * (both share one database); the texts before are the seed's (db/seed/entries.json).
 */

test.describe.configure({ timeout: 120_000 });

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

const CASES = {
	js: {
		slug: 'aehobak',
		name: 'Name 2',
		hangul: '풋호박',
		before: {
			glossKo: '덜 여문 어린 호박',
			whyKo:
				"풋호박은 통일부 낱말 자료에만 나오는 말이지만, 북한의 음식 목록에 '애호박죽'이 올라 있어 북한에서도 애호박이라는 말을 쓴다.",
			noteKo:
				"통일부 낱말 자료에만 있는 말로, 실제로 쓰는지는 확인되지 않았다. 북한의 죽 목록에 '애호박죽'이 있어, 쓰이는 것이 확인된 말은 애호박이다."
		},
		after: {
			glossKo: '덜 자란 어린 호박',
			whyKo:
				"풋호박은 통일부 낱말 자료에만 있는 말이고, 북한 음식 목록에 '애호박죽'이 있어 북한에서도 애호박이라고 한다.",
			noteKo:
				"통일부 낱말 자료에만 나오고 실제 쓰임은 확인되지 않았다. 북한 죽 목록의 '애호박죽'으로 보아 쓰이는 말은 애호박이다."
		}
	},
	'no-js': {
		slug: 'baekseolgi',
		name: 'Name 3',
		hangul: '백설기떡',
		before: {
			glossKo: '하얗게 찐 멥쌀 시루떡',
			whyKo: "북한은 남한 이름의 한자어 '백' 자리에 고유어 '흰'을 넣어 흰설기라고 한다.",
			noteKo:
				"황해도 음식을 다룬 북한 글은 이름에 '떡'을 붙여 '백설기떡'이라 쓰며, 통일부 자료의 '흰설기'와는 또 다른 꼴이다."
		},
		after: {
			glossKo: '멥쌀가루를 시루에 하얗게 찐 떡',
			whyKo: "북한은 남한 이름의 한자어 '백' 대신 고유어 '흰'을 써서 흰설기라고 부른다.",
			noteKo:
				"황해도 음식을 다룬 북한 글은 '떡'을 붙여 '백설기떡'이라 적으며, 통일부 자료의 북한 이름 '흰설기'와 다른 꼴이다."
		}
	}
} as const;

test('a contributor edits the Korean gloss, why and a Korean name note; a moderator sees and approves them', async ({
	browser
}, info) => {
	const c = CASES[info.project.name === 'no-js' ? 'no-js' : 'js'];
	const contributor = uniqueName('kofields', info);
	const moderator = uniqueName('modko', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const summary = `Korean texts of ${c.slug} by ${contributor}`;

	const page = await (await browser.newContext()).newPage();
	await logIn(page, contributor);
	await page.goto(`/entries/${c.slug}/edit`);

	// The form is filled from the entry, and its Korean fields say they are Korean.
	const glossKo = page.getByLabel('Korean gloss');
	const whyKo = page.getByLabel('Why the names differ (Korean)');
	const name = group(page, c.name);
	const noteKo = name.getByLabel('Note (Korean)');
	await expect(name.getByLabel('Hangul')).toHaveValue(c.hangul);
	await expect(glossKo).toHaveValue(c.before.glossKo);
	await expect(whyKo).toHaveValue(c.before.whyKo);
	await expect(page.getByLabel('Why the names differ (English)')).not.toHaveValue('');
	await expect(noteKo).toHaveValue(c.before.noteKo);
	for (const field of [glossKo, whyKo, noteKo])
		await expect(field).toHaveAttribute('lang', 'ko-KR');

	// A note needs its Korean twin: refused beside the field, nothing typed is lost.
	await glossKo.fill(c.after.glossKo);
	await whyKo.fill(c.after.whyKo);
	await noteKo.fill('');
	await page.getByLabel('Summary of your change').fill(summary);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(noteKo).toHaveAccessibleDescription(/Write this note in Korean too/);
	await expect(glossKo).toHaveValue(c.after.glossKo);
	await expect(whyKo).toHaveValue(c.after.whyKo);

	await noteKo.fill(c.after.noteKo);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/submitted=\d+/);

	const mod = await (await browser.newContext()).newPage();
	await logIn(mod, moderator);
	await mod.goto('/moderate');
	await mod
		.getByRole('article')
		.filter({ hasText: summary })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	const row = (header: string | RegExp) =>
		mod.getByRole('row').filter({ has: mod.getByRole('rowheader', { name: header }) });
	await expect(row('Korean gloss').getByRole('cell').first()).toHaveText(c.before.glossKo);
	await expect(row('Korean gloss').getByRole('cell').nth(1)).toHaveText(c.after.glossKo);
	await expect(row('Why the names differ (Korean)').getByRole('cell').nth(1)).toHaveText(
		c.after.whyKo
	);
	// The English why did not change, so it is not listed.
	await expect(row('Why the names differ (English)')).toHaveCount(0);
	const changedName = row(/Name changed/);
	await expect(changedName.getByRole('cell').first()).toContainText(
		`Note (Korean): ${c.before.noteKo}`
	);
	await expect(changedName.getByRole('cell').nth(1)).toContainText(
		`Note (Korean): ${c.after.noteKo}`
	);
	await mod.getByRole('button', { name: 'Approve' }).click();
	await expect(mod.getByText('Approved. The entry now shows the change.')).toBeVisible();

	// Korean readers see the new texts.
	await mod.goto(`/ko/entries/${c.slug}`);
	await expect(mod.locator('.entry-head .gloss')).toHaveText(c.after.glossKo);
	// The why sentence sits under the pair (issue 16), after its screen-reader label.
	await expect(mod.locator('header.entry-head .why')).toContainText(c.after.whyKo);
	await expect(mod.getByText(c.after.noteKo)).toBeVisible();
	await expect(mod.getByText(c.before.noteKo)).toHaveCount(0);

	// The history shows the change as the review did.
	await mod.goto(`/entries/${c.slug}/history`);
	await mod
		.getByRole('link', { name: /^Changes in version \d+$/ })
		.first()
		.click();
	await expect(row('Korean gloss').getByRole('cell').nth(1)).toHaveText(c.after.glossKo);
});
