import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedData, SeedEntry } from './types';
import { coverageOf, coverageProblems } from './coverage';
import { readSeed, validateSeed } from './validate';

const SEED_DIR = fileURLToPath(new URL('../../../../db/seed', import.meta.url));

let seed: SeedData;
beforeAll(() => {
	seed = readSeed(SEED_DIR);
});

/** A deep copy of the real seed, broken by `mutate`; returns the validator's problems. */
function broken(mutate: (d: SeedData) => void): string[] {
	const copy = structuredClone(seed);
	mutate(copy);
	return validateSeed(copy, { photoDir: path.join(SEED_DIR, 'photos') });
}

const entry = (d: SeedData, slug: string): SeedEntry => {
	const e = d.entries.find((x) => x.slug === slug);
	if (!e) throw new Error(`fixture entry ${slug} missing`);
	return e;
};

describe('the real seed', () => {
	it('passes validation', () => {
		expect(validateSeed(seed)).toEqual([]);
	});

	it('has at least 200 entries, each with a South and a North name', () => {
		expect(seed.entries.length).toBeGreaterThanOrEqual(200);
		// A name marked 'both' is written the same on each side and counts for both.
		const lacking = seed.entries
			.filter((e) => {
				const sides = new Set(e.names.map((n) => n.side));
				const both = sides.has('both');
				return !(both || sides.has('south')) || !(both || sides.has('north'));
			})
			.map((e) => e.slug);
		expect(lacking).toEqual([]);
	});

	it('checks the photos in the directory the seed was read from', () => {
		expect(validateSeed(seed)).toEqual([]);
		expect(validateSeed(seed, { photoDir: path.join(SEED_DIR, 'no-photos-here') })).toContainEqual(
			expect.stringMatching(/file does not exist/)
		);
	});
});

describe('each rule catches a broken copy', () => {
	it('a name without sources', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').names[0]!.sources = [];
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/naengmyeon: name "냉면" \(south\): has no source/)
		);
	});

	it('a name citing an unknown source key', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').names[0]!.sources.push('no-such-source');
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown source "no-such-source"/));
	});

	it('a source that no name uses', () => {
		const problems = broken((d) => {
			d.sources.push({
				key: 'orphan',
				citation: 'x',
				url: null,
				publisher: null,
				year: null,
				reliability: 'D'
			});
		});
		expect(problems).toContainEqual(expect.stringMatching(/source orphan: not used/));
	});

	it('a duplicate source key', () => {
		const problems = broken((d) => {
			d.sources.push({ ...d.sources[0]! });
		});
		expect(problems).toContainEqual(expect.stringMatching(/duplicate source key/));
	});

	it('a hangul field with Latin letters', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').names[1]!.hangul = '랭면 (raengmyeon)';
		});
		expect(problems).toContainEqual(expect.stringMatching(/hangul must contain only Hangul/));
	});

	it('a hangul field with hanja or bare jamo', () => {
		const withHanja = broken((d) => {
			entry(d, 'naengmyeon').names[1]!.hangul = '冷면';
		});
		const withJamo = broken((d) => {
			entry(d, 'naengmyeon').names[1]!.hangul = '랭ㅁ';
		});
		expect(withHanja).toContainEqual(expect.stringMatching(/hangul must contain only Hangul/));
		expect(withJamo).toContainEqual(expect.stringMatching(/hangul must contain only Hangul/));
	});

	it('a hanja field with Latin letters', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').names[0]!.hanja = 'naeng麵';
		});
		expect(problems).toContainEqual(expect.stringMatching(/hanja "naeng麵"/));
	});

	it('a hanja field without any ideograph', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').names[0]!.hanja = '냉면';
		});
		expect(problems).toContainEqual(expect.stringMatching(/hanja "냉면"/));
	});

	it('a duplicate slug', () => {
		const problems = broken((d) => {
			entry(d, 'onmyeon').slug = 'naengmyeon';
		});
		expect(problems).toContainEqual(expect.stringMatching(/entry naengmyeon: duplicate slug/));
	});

	it('a slug that is not lowercase kebab-case ASCII', () => {
		for (const bad of ['Naengmyeon', 'naeng myeon', 'naengmyeon-', 'naeng--myeon', '냉면']) {
			const problems = broken((d) => {
				entry(d, 'naengmyeon').slug = bad;
			});
			expect(problems).toContainEqual(expect.stringMatching(/slug must match/));
		}
	});

	it('entries out of slug order', () => {
		const problems = broken((d) => {
			d.entries.reverse();
		});
		expect(problems).toContainEqual(expect.stringMatching(/not sorted by slug/));
	});

	it('an entry without a North name', () => {
		const problems = broken((d) => {
			const e = entry(d, 'naengmyeon');
			e.names = e.names.filter((n) => n.side === 'south');
		});
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: has no North name/));
	});

	it('an entry without a South name', () => {
		const problems = broken((d) => {
			const e = entry(d, 'naengmyeon');
			e.names = e.names.filter((n) => n.side === 'north');
		});
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: has no South name/));
	});

	it('counts a "both" name for both sides', () => {
		// 김치 has only one name, shared by both sides: valid. Turning it into a South name breaks the North side.
		expect(entry(seed, 'kimchi').names.every((n) => n.side === 'both')).toBe(true);
		const problems = broken((d) => {
			for (const n of entry(d, 'kimchi').names) n.side = 'south';
		});
		expect(problems).toContainEqual(expect.stringMatching(/kimchi: has no North name/));
	});

	it('the same name twice on one side', () => {
		const problems = broken((d) => {
			const e = entry(d, 'naengmyeon');
			e.names.push({ ...e.names[1]! });
		});
		expect(problems).toContainEqual(expect.stringMatching(/listed twice on the same side/));
	});

	it('an unknown category', () => {
		const problems = broken((d) => {
			(entry(d, 'naengmyeon') as { category: string }).category = 'dessert';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown category "dessert"/));
	});

	it('an unknown difference', () => {
		const problems = broken((d) => {
			(entry(d, 'mandutguk') as { difference: string }).difference = 'sai-siot';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown difference "sai-siot"/));
	});

	it('an unknown confidence', () => {
		const problems = broken((d) => {
			(entry(d, 'naengmyeon') as { confidence: string }).confidence = 'certain';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown confidence "certain"/));
	});

	it('an unknown region', () => {
		const problems = broken((d) => {
			(entry(d, 'pyeongyang-naengmyeon').regions as string[]).push('pyeongyang-si');
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown region "pyeongyang-si"/));
	});

	it('an unknown name side', () => {
		const problems = broken((d) => {
			(entry(d, 'naengmyeon').names[0] as { side: string }).side = 'west';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown side "west"/));
	});

	it('an unknown name status', () => {
		const problems = broken((d) => {
			(entry(d, 'naengmyeon').names[0] as { status: string }).status = 'obsolete';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown status "obsolete"/));
	});

	it('an unknown source reliability', () => {
		const problems = broken((d) => {
			(d.sources[0] as { reliability: string }).reliability = 'A+';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown reliability "A\+"/));
	});

	it('an unknown relation', () => {
		const problems = broken((d) => {
			(entry(d, 'naengmyeon').related[0] as { relation: string }).relation = 'similar';
		});
		expect(problems).toContainEqual(expect.stringMatching(/unknown relation "similar"/));
	});

	it('a related slug that does not exist', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').related.push({ slug: 'bulgogi-typo', relation: 'see-also' });
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/related slug "bulgogi-typo" does not exist/)
		);
	});

	it('an entry related to itself', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').related.push({ slug: 'naengmyeon', relation: 'see-also' });
		});
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: relates to itself/));
	});

	it('a relation stored on both ends', () => {
		const problems = broken((d) => {
			// ojingeo stores "false-friend nakji"; storing the inverse as well is a duplicate
			entry(d, 'nakji').related.push({ slug: 'ojingeo', relation: 'false-friend' });
		});
		expect(problems).toContainEqual(
			expect.stringMatching(
				/"ojingeo false-friend nakji" duplicates "nakji false-friend ojingeo"|"nakji false-friend ojingeo" duplicates "ojingeo false-friend nakji"/
			)
		);
	});

	it('a photo of an entry that does not exist', () => {
		const problems = broken((d) => {
			d.photos[0]!.entry = 'no-such-entry';
		});
		expect(problems).toContainEqual(expect.stringMatching(/entry "no-such-entry" does not exist/));
	});

	it('a photo whose file is missing', () => {
		const problems = broken((d) => {
			d.photos[0]!.file = 'missing.webp';
		});
		expect(problems).toContainEqual(expect.stringMatching(/missing\.webp: file does not exist/));
	});

	it('a photo file name with a path', () => {
		const problems = broken((d) => {
			d.photos[0]!.file = '../entries.json';
		});
		expect(problems).toContainEqual(expect.stringMatching(/file must be a plain file name/));
	});

	it('a source URL that is not http(s)', () => {
		for (const url of ['ftp://example.org/x', 'www.imaeil.com/page', 'javascript:alert(1)']) {
			const problems = broken((d) => {
				d.sources[0]!.url = url;
			});
			expect(problems).toContainEqual(expect.stringMatching(/is not an http\(s\) URL/));
		}
	});

	it('a photo licence URL that is not http(s)', () => {
		const problems = broken((d) => {
			d.photos[0]!.licenseUrl = 'CC BY-SA 4.0';
		});
		expect(problems).toContainEqual(expect.stringMatching(/licenseUrl is not an http\(s\) URL/));
	});

	it('accepts a "same" word that the two sides give different statuses', () => {
		const problems = broken((d) => {
			const kimchi = entry(d, 'kimchi');
			const both = kimchi.names.find((n) => n.side === 'both')!;
			both.side = 'south';
			kimchi.names.push({ ...both, side: 'north', status: 'disputed' });
			kimchi.confidence = 'low';
		});
		expect(problems).toEqual([]);
	});

	it('a "same" entry without a shared name', () => {
		const problems = broken((d) => {
			for (const n of entry(d, 'kimchi').names) n.side = 'north';
			entry(d, 'kimchi').names.push({ ...entry(d, 'kimchi').names[0]!, side: 'south' });
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/kimchi: difference "same" but no name with side "both"/)
		);
	});

	it('an entry whose only North names are disputed but whose confidence is not low', () => {
		const problems = broken((d) => {
			for (const n of entry(d, 'naengmyeon').names) if (n.side === 'north') n.status = 'disputed';
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/naengmyeon: every north name is disputed or dated/)
		);
	});

	it('an empty description', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').descriptionKo = ' ';
		});
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: descriptionKo is empty/));
	});

	it('an entry without a Korean gloss or a why sentence', () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').glossKo = '';
			entry(d, 'naengmyeon').why.ko = ' ';
		});
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: glossKo is empty/));
		expect(problems).toContainEqual(expect.stringMatching(/naengmyeon: why.ko is empty/));
	});

	it("a why sentence shared with another entry (a category text, not this entry's reason)", () => {
		const problems = broken((d) => {
			entry(d, 'naengmyeon').why.en = entry(d, 'kimchi').why.en;
		});
		expect(problems).toContainEqual(
			expect.stringMatching(
				/entry (kimchi|naengmyeon): why.en is the same as entry (kimchi|naengmyeon)'s/
			)
		);
	});

	it('a name note without its Korean twin', () => {
		const problems = broken((d) => {
			const n = entry(d, 'aiseukeurim').names.find((x) => x.hangul === '얼음보숭이')!;
			n.noteKo = null;
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/aiseukeurim: name "얼음보숭이" \(north\): has a note but no noteKo/)
		);
	});
});

describe('the real seed texts', () => {
	it('gives every entry a Korean gloss and its own why sentence in both languages', () => {
		for (const e of seed.entries) {
			expect(e.glossKo.trim(), e.slug).not.toBe('');
			expect(e.why.en.trim(), e.slug).not.toBe('');
			expect(e.why.ko.trim(), e.slug).not.toBe('');
		}
		for (const lang of ['en', 'ko'] as const)
			expect(new Set(seed.entries.map((e) => e.why[lang])).size).toBe(seed.entries.length);
	});

	it('gives every name note a Korean twin', () => {
		const noted = seed.entries.flatMap((e) => e.names).filter((n) => n.note);
		expect(noted.length).toBeGreaterThanOrEqual(84);
		for (const n of noted) expect(n.noteKo, n.hangul).toBeTruthy();
	});
});

describe('content targets (issue 13)', () => {
	const everyday = (
		JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'everyday-words.json'), 'utf8')) as {
			words: string[];
		}
	).words;

	it('the real seed reaches every floor', () => {
		const c = coverageOf(seed, everyday);
		expect(coverageProblems(c)).toEqual([]);
		expect(c.entries).toBeGreaterThanOrEqual(650);
		expect(c.everydayWithEntry).toBeGreaterThanOrEqual(55);
	});

	it('fails a seed below the floors', () => {
		const small: SeedData = { ...seed, entries: seed.entries.slice(0, 100) };
		const problems = coverageProblems(coverageOf(small, everyday));
		expect(problems).toContainEqual(expect.stringMatching(/^100 entries, fewer than 650/));
		expect(problems).toContainEqual(expect.stringMatching(/everyday words with an entry/));
		const unattested = structuredClone(seed);
		for (const e of unattested.entries) for (const n of e.names) n.attested = null;
		expect(coverageProblems(coverageOf(unattested, everyday))).toContainEqual(
			expect.stringMatching(/^0\.0 % of North names attested/)
		);
	});
});
