/**
 * The decoder's glossary as the server builds it from SQLite (approved entries only), and the
 * checks of a decode request that the API and the /decode page share.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '$lib/server/db/client';
import { entry } from '$lib/server/db/schema';
import { loadSeed } from '$lib/server/seed/load';
import { readSeed } from '$lib/server/seed/validate';
import { loadDecodeGlossary, parseDecodeRequest } from '$lib/server/decode';
import { decodeText } from '$lib/decode';
import { DECODE_TEXTS } from '../fixtures/decode-texts';

let db: Db;

beforeAll(() => {
	db = openDatabase(':memory:');
	loadSeed(db, readSeed('db/seed'));
}, 120_000);

afterAll(() => db.$client.close());

describe('loadDecodeGlossary', () => {
	it('reads every test text as the fixtures say', () => {
		const glossary = loadDecodeGlossary(db);
		for (const c of DECODE_TEXTS) {
			const result = decodeText(c.text, glossary);
			expect(
				result.matches.map((m) => m.slug),
				c.id
			).toEqual(c.matches.map((m) => m.slug));
			expect(result.detected.standard, c.id).toBe(c.standard);
		}
	});

	it('carries each entry’s why in both languages', () => {
		const naengmyeon = loadDecodeGlossary(db).entries.find((e) => e.slug === 'naengmyeon');
		expect(naengmyeon?.why.en).toMatch(/\S/);
		expect(naengmyeon?.why.ko).toMatch(/\S/);
		expect(naengmyeon?.names.map((n) => n.hangul)).toContain('랭면');
	});

	it('leaves out entries that are not approved', () => {
		db.update(entry).set({ status: 'pending' }).where(eq(entry.slug, 'naengmyeon')).run();
		try {
			const glossary = loadDecodeGlossary(db);
			expect(glossary.entries.some((e) => e.slug === 'naengmyeon')).toBe(false);
			expect(decodeText('랭면', glossary).matches.map((m) => m.slug)).not.toContain('naengmyeon');
		} finally {
			db.update(entry).set({ status: 'approved' }).where(eq(entry.slug, 'naengmyeon')).run();
		}
	});
});

describe('parseDecodeRequest', () => {
	it.each([
		[{ text: '랭면' }, { ok: true, text: '랭면' }],
		[
			{ text: '랭면', from: 'north' },
			{ ok: true, text: '랭면', from: 'north' }
		],
		[
			{ text: '랭면', from: '' },
			{ ok: true, text: '랭면' }
		],
		[
			{ text: '랭면', from: null },
			{ ok: true, text: '랭면' }
		]
	])('accepts %j', (body, parsed) => expect(parseDecodeRequest(body)).toEqual(parsed));

	it.each([
		[null, 'body'],
		['랭면', 'body'],
		[[{ text: '랭면' }], 'body'],
		[{}, 'text-required'],
		[{ text: '   ' }, 'text-required'],
		[{ text: 5 }, 'text-required'],
		[{ text: '가'.repeat(5001) }, 'text-length'],
		[{ text: '랭면', from: 'east' }, 'from'],
		[{ text: '랭면', from: 1 }, 'from']
	])('rejects %j (%s)', (body, issue) => {
		const parsed = parseDecodeRequest(body);
		expect(parsed).toMatchObject({ ok: false, issue });
		expect(parsed.ok ? '' : parsed.error).toMatch(/\S/);
	});

	it('accepts exactly 5,000 characters', () => {
		expect(parseDecodeRequest({ text: '가'.repeat(5000) }).ok).toBe(true);
	});
});
