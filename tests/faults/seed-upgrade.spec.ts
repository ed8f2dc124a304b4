/**
 * Issue 13: a site that upgrades receives the new seed. The built server first runs on a
 * "previous seed" (today's without one entry and one name, with older Korean glosses on two
 * entries); a contributor edits one of those two and a moderator approves it. Restarted on
 * today's seed, the server must show the missing entry and name, apply the gloss change to the
 * entry nobody edited, and offer the one for the edited entry as a pending proposal by the seed,
 * keeping the moderator's edit.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBuiltServer, tempDir } from '../support/built-server';
import { GENEROUS_LIMITS, PASSWORD, signUp } from './accounts';
import type { SeedEntry, SeedPhoto, SeedSource } from '../../src/lib/server/seed/types';

const read = <T>(file: string): T => JSON.parse(readFileSync(join('db/seed', file), 'utf8')) as T;

/** Writes the previous seed into a copy of db/seed and returns its directory. */
function previousSeed(): string {
	const dir = join(tempDir('previous-seed'), 'seed');
	cpSync('db/seed', dir, { recursive: true });
	const entries = read<SeedEntry[]>('entries.json').filter((e) => e.slug !== 'aiseukeurim');
	for (const e of entries) e.related = e.related.filter((r) => r.slug !== 'aiseukeurim');
	const naengmyeon = entries.find((e) => e.slug === 'naengmyeon')!;
	naengmyeon.names = naengmyeon.names.filter((n) => n.hangul !== '찬국수');
	naengmyeon.glossKo = '냉면 (예전 풀이)';
	entries.find((e) => e.slug === 'kimchi')!.glossKo = '김치 (예전 풀이)';
	const used = new Set(entries.flatMap((e) => e.names.flatMap((n) => n.sources)));
	const sources = read<SeedSource[]>('sources.json').filter((s) => used.has(s.key));
	const photos = read<SeedPhoto[]>('photos.json').filter((p) => p.entry !== 'aiseukeurim');
	writeFileSync(join(dir, 'entries.json'), JSON.stringify(entries));
	writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
	writeFileSync(join(dir, 'photos.json'), JSON.stringify(photos));
	return dir;
}

async function logIn(page: Page, origin: string, username: string) {
	await page.goto(`${origin}/login`);
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

test('a server started on the previous seed’s database takes in the new seed and keeps the moderator’s edit', async ({
	page
}) => {
	test.setTimeout(300_000);
	const databasePath = join(tempDir('seed-upgrade'), 'site.sqlite');
	const env = { ...GENEROUS_LIMITS, LOG_REQUESTS: '0' };
	const before = await startBuiltServer({
		databasePath,
		env: { ...env, SEED_DIR: previousSeed() }
	});
	const origin = before.url;
	expect((await fetch(`${origin}/entries/aiseukeurim`)).status).toBe(404);

	// One moderated edit: a contributor changes kimchi's English gloss, a moderator approves.
	await signUp(origin, databasePath, 'upgrader');
	await signUp(origin, databasePath, 'upmod', 'moderator');
	await logIn(page, origin, 'upgrader');
	await page.goto(`${origin}/entries/kimchi/edit`);
	await page.getByLabel('English gloss').fill('kimchi (edited before the upgrade)');
	await page.getByLabel('Summary of your change').fill('gloss before the upgrade');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await page.context().clearCookies();
	await logIn(page, origin, 'upmod');
	await page.goto(`${origin}/moderate`);
	await page
		.getByRole('article')
		.filter({ hasText: 'gloss before the upgrade' })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText(/approved/i).first()).toBeVisible();
	await before.stop();

	const after = await startBuiltServer({ databasePath, env });
	try {
		await after.waitForOutput('"event":"seed upgrade"');
		const api = (slug: string) =>
			fetch(`${after.url}/api/v1/entries/${slug}`).then((r) => r.json());
		// 1. the entry the old seed lacked, and the name it lacked
		const ice = await api('aiseukeurim');
		expect(ice.north.map((n: { hangul: string }) => n.hangul)).toContain('에스키모');
		const naengmyeon = await api('naengmyeon');
		expect(naengmyeon.north.map((n: { hangul: string }) => n.hangul)).toContain('찬국수');
		// 2. the change to the entry nobody edited is applied
		expect(naengmyeon.glossKo).toBe(
			read<SeedEntry[]>('entries.json').find((e) => e.slug === 'naengmyeon')!.glossKo
		);
		// 3. the edited entry keeps the moderator's version; the seed's change waits for review
		const kimchi = await api('kimchi');
		expect(kimchi.english).toBe('kimchi (edited before the upgrade)');
		expect(kimchi.glossKo).toBe('김치 (예전 풀이)');
		await page.context().clearCookies();
		await logIn(page, after.url, 'upmod');
		await page.goto(`${after.url}/moderate`);
		const proposal = page
			.getByRole('article')
			.filter({ hasText: 'kimchi' })
			.filter({ hasText: 'seed' });
		await expect(proposal.first()).toBeVisible();
	} finally {
		await after.stop();
	}
});
