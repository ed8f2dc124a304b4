import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import { sitemapXml } from './site-map';
import { localizedPath } from '$lib/page-url';
import type { Locale } from '$lib/paraglide/runtime';

describe('sitemap', () => {
	const dir = mkdtempSync(join(tmpdir(), 'nambuk-sitemap-'));
	let db: Db;
	let xml: string;
	beforeAll(() => {
		db = openDatabase(join(dir, 'test.sqlite'));
		seedIfEmpty(db, 'db/seed');
		xml = sitemapXml(db, 'https://nambuk.example', ['en', 'ko'], (path, l) =>
			localizedPath(path, l as Locale)
		);
	});
	afterAll(() => {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists the Korean home at its final address, never one ending in a slash', () => {
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain('https://nambuk.example/');
		expect(locs).toContain('https://nambuk.example/ko');
		expect(locs.filter((l) => /.\/$/.test(new URL(l).pathname))).toEqual([]);
		expect(xml).not.toContain('href="https://nambuk.example/ko/"');
	});

	it('dates every entry by its last revision', () => {
		const entryUrls = [...xml.matchAll(/<url><loc>[^<]+\/entries\/[^<]+<\/loc>(.*?)<\/url>/g)];
		expect(entryUrls.length).toBeGreaterThan(100);
		for (const [, rest] of entryUrls)
			expect(rest).toMatch(/^<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
	});
});
