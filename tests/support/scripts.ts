import { expect, type Page } from '@playwright/test';

/**
 * Holds back the app's scripts until `release` is called: what a reader on a slow connection
 * meets, a server-rendered page they can type into before it hydrates. Only JavaScript is held
 * (a held stylesheet would hold DOMContentLoaded too); navigate with `waitUntil: 'domcontentloaded'`.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/** Resolves once the page has hydrated: the header combobox has gained its keyboard hint. */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.getByRole('combobox', { name: /Search entries|항목 검색/ })).toHaveAttribute(
		'aria-describedby',
		'header-search-hint'
	);
}
