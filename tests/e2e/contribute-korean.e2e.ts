import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createUser, logIn, PASSWORD, randomHangul, uniqueName } from '../support/accounts';
import { expectNoAxeViolations } from './axe';

/** axe skips the whole test without JavaScript: check with it only where it runs. */
const axeWhereItRuns = async (page: Page, info: TestInfo) => {
	if (info.project.use.javaScriptEnabled !== false) await expectNoAxeViolations(page);
};

/*
 * Issue 17's done-when: a first-time contributor who reads only Korean goes from the Korean home
 * page to a submitted proposal with a source, writing no English and leaving the kind of
 * difference and the confidence open; a moderator fills in what was left open and approves it.
 * Runs with JavaScript on and off (the two projects).
 */

test.describe.configure({ timeout: 150_000 });

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test('a Korean-only contributor proposes an entry from the home page, and a moderator completes and approves it', async ({
	page
}, info) => {
	const contributor = uniqueName('minji', info);
	const moderator = uniqueName('kmod', info);
	createUser(moderator, 'moderator');
	const south = randomHangul();
	const north = randomHangul();
	const glossKo = `시험용 국 ${randomHangul(2)}`;

	await page.goto('/ko');
	await page
		.getByRole('navigation', { name: '주 메뉴' })
		.getByRole('link', { name: '참여하기' })
		.click();
	await expect(page).toHaveURL(/\/ko\/contribute\/how$/);
	await page.getByRole('link', { name: '항목 제안하기' }).first().click();

	// Proposing needs an account; the Korean login page says why and leads to sign-up.
	await expect(page).toHaveURL(/\/ko\/login\?redirectTo=%2Fko%2Fcontribute$/);
	await expect(page.getByRole('main')).toContainText(
		'항목과 수정을 제안하려면 계정이 있어야 합니다'
	);
	await page.getByRole('main').getByRole('link', { name: '가입하기' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '가입하기' })).toBeVisible();
	await page.getByLabel('사용자 이름').fill(contributor);
	await page.getByLabel('비밀번호', { exact: true }).fill(PASSWORD);
	await page.getByLabel('비밀번호 확인').fill(PASSWORD);
	await page.getByRole('button', { name: '계정 만들기' }).click();
	await expect(page.getByRole('region', { name: '복구 코드' }).getByRole('listitem')).toHaveCount(
		10
	);
	await page.getByRole('link', { name: '코드를 저장했습니다. 계속하기' }).click();
	await expect(page).toHaveURL(/\/ko\/contribute$/);
	await expect(page.getByRole('heading', { level: 1, name: '새 항목 제안' })).toBeVisible();
	await axeWhereItRuns(page, info);

	// Korean only: no English gloss, no English "why", difference and confidence left open.
	await expect(page.getByLabel('차이의 종류')).toHaveValue('');
	await expect(page.getByLabel('신뢰도')).toHaveValue('');
	await page.getByLabel('한국어 뜻풀이').fill(glossKo);
	await page.getByLabel('이름이 다른 까닭 (한국어)').fill('시험용 항목이라 두 이름 모두 지어냈다.');
	await page.getByLabel('분류').selectOption('soup-stew');
	await group(page, '이름 1').getByLabel('한글').fill(south);
	await group(page, '이름 2').getByLabel('한글').fill(north);
	await group(page, '출처 1').getByLabel('서지 정보').fill('시험용 음식 낱말 사전, 12쪽');
	await group(page, '이름 1').getByLabel('출처 1').check();
	await group(page, '이름 2').getByLabel('출처 1').check();
	await page.getByRole('button', { name: '검토 요청' }).click();

	await expect(page).toHaveURL(/\/ko\/account\?submitted=\d+$/);
	await expect(page.getByText('감사합니다. 제안이 검토를 기다리고 있습니다.')).toBeVisible();
	await expect(
		page.getByRole('region', { name: '내 제안' }).getByRole('listitem').filter({ hasText: glossKo })
	).toBeVisible();
	await page
		.getByRole('navigation', { name: '계정' })
		.getByRole('button', { name: '로그아웃' })
		.click();
	await expect(
		page.getByRole('navigation', { name: '계정' }).getByRole('link', { name: '로그인' })
	).toBeVisible();

	// The moderator must add the English gloss and "why" and the kind of difference; the
	// confidence is offered as low.
	await logIn(page, moderator);
	await page.goto('/moderate');
	await page
		.getByRole('article')
		.filter({ hasText: glossKo })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	const settle = page.getByRole('group', { name: 'Left for the moderator' });
	await expect(settle.getByLabel('Confidence')).toHaveValue('low');
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(settle.getByLabel('English gloss')).toHaveAccessibleDescription(/required/);
	await expect(settle.getByLabel('Kind of difference')).toHaveAccessibleDescription(/.+/);
	const english = `test soup of ${contributor}`;
	await settle.getByLabel('English gloss').fill(english);
	await settle
		.getByLabel('Why the names differ (English)')
		.fill('A test entry: both names are made up.');
	await settle.getByLabel('Kind of difference').selectOption('native-coinage');
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText('Approved. The entry now shows the change.')).toBeVisible();

	await page.goto(`/ko/search?q=${encodeURIComponent(north)}`);
	await page
		.getByRole('link', { name: new RegExp(north) })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(north);
	await expect(page.getByRole('main')).toContainText(glossKo);
});
