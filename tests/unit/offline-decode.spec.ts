/**
 * Travel mode's decoder must read a text as the server's does: the decoder over the saved
 * glossary (the bytes GET /api/v1/offline.json serves, parsed) against the decoder over the
 * server's own glossary of the database, on every menu text of the decoder's tests, with the
 * standard detected and with each standard forced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/client';
import { loadSeed } from '$lib/server/seed/load';
import { readSeed } from '$lib/server/seed/validate';
import { loadDecodeGlossary } from '$lib/server/decode';
import { offlineGlossaryBody } from '$lib/server/offline-glossary';
import { asOfflineGlossary } from '$lib/offline/glossary';
import { offlineDecodeGlossary } from '$lib/offline/decode';
import { decodeText, type DecodeGlossary } from '$lib/decode';
import { DECODE_TEXTS } from '../fixtures/decode-texts';

let server: DecodeGlossary;
let offline: DecodeGlossary;

beforeAll(() => {
	const db = openDatabase(':memory:');
	loadSeed(db, readSeed('db/seed'));
	server = loadDecodeGlossary(db);
	const saved = asOfflineGlossary(
		JSON.parse(new TextDecoder().decode(offlineGlossaryBody(db).body))
	);
	if (!saved) throw new Error('the offline glossary did not read back');
	offline = offlineDecodeGlossary(saved);
}, 60_000);

describe('offline decoding reads as the server does', () => {
	it('has texts to compare', () => {
		expect(DECODE_TEXTS.length).toBeGreaterThanOrEqual(10);
	});

	for (const c of DECODE_TEXTS) {
		for (const from of [undefined, 'north', 'south'] as const) {
			it(`${c.id}, ${from ?? 'detected'}`, () => {
				const options = from ? { from } : {};
				const expected = decodeText(c.text, server, options);
				expect(expected.matches.length).toBeGreaterThan(0);
				expect(decodeText(c.text, offline, options)).toEqual(expected);
			});
		}
	}
});
