/**
 * The 1200×630 share images (og:image): an entry's card (both names large, their romanizations,
 * the gloss, and the photo with its credit or the category's drawing) and the site's own card
 * for every other page, each in English and Korean, with the site's address. Drawn as SVG,
 * rendered by resvg with the Pretendard TTFs from npm only (`loadSystemFonts: false`), so the
 * Hangul looks the same on every machine, and sent as JPEG: the photo makes a PNG of the card
 * over 500 KB, and link previews fetch it on every share.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Entry } from '../types';
import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { illustrationFor } from '../illustrations';
import { parsePhotoFileName, readPhotoFile } from './photo-store';
import { subsetFont } from './font-subset';
import { stripUnwantedCharacters } from '../clean-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** What a link preview should have to fetch at most (issue 16); share-card.spec.ts holds to it. */
export const CARD_MAX_BYTES = 150 * 1024;

const FONT_DIR = resolve('node_modules/pretendard/dist/public/static/alternative');
export const CARD_FONTS = [
	join(FONT_DIR, 'Pretendard-Bold.ttf'),
	join(FONT_DIR, 'Pretendard-Regular.ttf')
];

const COLOURS = {
	bg: '#fbf8f3',
	panel: '#efe6d8',
	fg: '#1f1b16',
	muted: '#5c5348',
	south: '#1d4f91',
	north: '#a8321f'
};
const MEDIA_X = 780;
const TEXT_X = 64;
/** The widest a line of the text column may be. */
const TEXT_WIDTH = MEDIA_X - TEXT_X - 40;

/** Who the card is for: its language, and the site's address (the request's host) to print. */
export interface CardOptions {
	locale: Locale;
	host: string;
}

/**
 * Text for XML. Characters XML cannot hold (controls, noncharacters, lone surrogates) are dropped
 * rather than escaped: the schemas strip them now, but text stored before that must not make the
 * card answer 500 forever.
 */
export function escapeXml(text: string): string {
	return stripUnwantedCharacters(text).replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/** Roughly how wide `text` is at 1px: Hangul and other CJK about 1em, Latin about 0.56em. */
function emWidth(text: string): number {
	let width = 0;
	for (const c of text)
		width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(c) ? 1 : 0.56;
	return width;
}

/**
 * The font size at which `text` fits `width`, between `min` and `max`; text too long even at
 * `min` is cut with an ellipsis (a gloss is a phrase; the page has the rest).
 */
export function fitText(
	text: string,
	width: number,
	max: number,
	min: number
): { text: string; size: number } {
	const size = Math.floor(Math.min(max, width / Math.max(emWidth(text), 0.01)));
	if (size >= min) return { text, size };
	const chars = [...text];
	while (chars.length > 1 && emWidth(chars.join('') + '…') * min > width) chars.pop();
	return { text: chars.join('').trimEnd() + '…', size: min };
}

function textEl(
	x: number,
	y: number,
	size: number,
	weight: 400 | 700,
	fill: string,
	text: string,
	extra = ''
): string {
	return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${extra}>${escapeXml(text)}</text>`;
}

async function photoDataUri(entry: Entry): Promise<string | null> {
	const first = entry.photos[0];
	if (!first) return null;
	const ref = parsePhotoFileName(decodeURIComponent(first.url.split('/').pop() ?? ''));
	const file = ref && (await readPhotoFile(ref));
	if (!file) return null;
	const jpeg = await sharp(file.body)
		.resize(CARD_WIDTH - MEDIA_X, CARD_HEIGHT, { fit: 'cover' })
		.jpeg({ quality: 80 })
		.toBuffer();
	return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

function illustrationDataUri(entry: Entry): string | null {
	const { icon } = illustrationFor(entry);
	for (const dir of ['static/illustrations', 'build/client/illustrations']) {
		const path = resolve(dir, `${icon}.svg`);
		if (existsSync(path)) {
			return `data:image/svg+xml;base64,${readFileSync(path).toString('base64')}`;
		}
	}
	return null;
}

/**
 * The photo's credit, as its licence asks: author, licence, and that the card changed it (it
 * always crops the photo to the card's side panel). Drawn on a dark band across the foot of the
 * photo so it reads on any picture.
 */
export function photoCredit(entry: Entry, locale: Locale): string | null {
	const photo = entry.photos[0];
	if (!photo) return null;
	return m.share_card_photo({ author: photo.author, license: photo.license }, { locale });
}

function creditBand(credit: string): string {
	const fit = fitText(credit, CARD_WIDTH - MEDIA_X - 32, 20, 13);
	return (
		`<rect x="${MEDIA_X}" y="${CARD_HEIGHT - 44}" width="${CARD_WIDTH - MEDIA_X}" height="44" fill="#000" fill-opacity="0.62"/>` +
		textEl(MEDIA_X + 16, CARD_HEIGHT - 16, fit.size, 400, '#fff', fit.text)
	);
}

/** The foot of the text column: the site's name (unless the card is about it) and its address. */
function footer(options: CardOptions, withName = true): string {
	const name =
		options.locale === 'ko'
			? `${m.site_name({}, { locale: 'ko' })} · ${m.site_name({}, { locale: 'en' })}`
			: `${m.site_name({}, { locale: 'en' })} · ${m.site_name({}, { locale: 'ko' })}`;
	return (
		(withName ? textEl(TEXT_X, CARD_HEIGHT - 40, 24, 700, COLOURS.muted, name) : '') +
		textEl(
			withName ? MEDIA_X - 40 : TEXT_X,
			CARD_HEIGHT - 40,
			24,
			400,
			COLOURS.muted,
			options.host,
			withName ? ' text-anchor="end"' : ''
		)
	);
}

function frame(body: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Pretendard">
	<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.bg}"/>
	<rect x="0" y="0" width="${MEDIA_X}" height="10" fill="${COLOURS.south}"/>
	<rect x="0" y="${CARD_HEIGHT - 10}" width="${MEDIA_X}" height="10" fill="${COLOURS.north}"/>
	${body}
</svg>`;
}

/** The entry's card as SVG source (exported for tests, which check the text without rendering). */
export async function shareCardSvg(entry: Entry, options: CardOptions): Promise<string> {
	const { locale } = options;
	const south = entry.south[0];
	const north = entry.north[0];
	const photo = await photoDataUri(entry);
	const drawing = photo ? null : illustrationDataUri(entry);
	const credit = photo ? photoCredit(entry, locale) : null;
	const media = photo
		? `<image href="${photo}" x="${MEDIA_X}" y="0" width="${CARD_WIDTH - MEDIA_X}" height="${CARD_HEIGHT}" preserveAspectRatio="xMidYMid slice"/>` +
			(credit ? creditBand(credit) : '')
		: `<rect x="${MEDIA_X}" y="0" width="${CARD_WIDTH - MEDIA_X}" height="${CARD_HEIGHT}" fill="${COLOURS.panel}"/>` +
			(drawing
				? `<image href="${drawing}" x="${MEDIA_X + 70}" y="175" width="280" height="280"/>`
				: '');
	const line = (
		label: string,
		name: string,
		reading: string,
		colour: string,
		top: number
	): string => {
		const big = fitText(name, TEXT_WIDTH, 124, 48);
		const small = fitText(reading, TEXT_WIDTH, 36, 22);
		return (
			textEl(TEXT_X, top, 28, 400, COLOURS.muted, label) +
			textEl(TEXT_X - 4, top + big.size + 4, big.size, 700, colour, big.text) +
			textEl(TEXT_X, top + big.size + 52, small.size, 400, COLOURS.fg, small.text)
		);
	};
	const gloss = locale === 'ko' && entry.glossKo ? entry.glossKo : entry.english;
	const glossFit = fitText(gloss, TEXT_WIDTH, 34, 22);
	return frame(`${media}
	${line(m.share_card_south({}, { locale }), south?.hangul ?? '', south?.romanizations.rr ?? '', COLOURS.south, 58)}
	${line(m.share_card_north({}, { locale }), north?.hangul ?? '', north?.romanizations.dprk ?? '', COLOURS.north, 292)}
	${textEl(TEXT_X, 536, glossFit.size, 700, COLOURS.fg, glossFit.text)}
	${footer(options)}`);
}

/** The site's card, for every page that is not an entry. */
export function siteCardSvg(options: CardOptions): string {
	const { locale } = options;
	const other: Locale = locale === 'ko' ? 'en' : 'ko';
	const tagline = fitText(m.share_card_tagline({}, { locale }), TEXT_WIDTH, 40, 24);
	const pair = (x: number, y: number, name: string, label: string, colour: string) =>
		textEl(x, y, 30, 400, COLOURS.muted, label, ' text-anchor="middle"') +
		textEl(x, y + 130, 120, 700, colour, name, ' text-anchor="middle"');
	const mid = MEDIA_X + (CARD_WIDTH - MEDIA_X) / 2;
	return frame(`<rect x="${MEDIA_X}" y="0" width="${CARD_WIDTH - MEDIA_X}" height="${CARD_HEIGHT}" fill="${COLOURS.panel}"/>
	${pair(mid, 110, '냉면', m.share_card_south({}, { locale }), COLOURS.south)}
	${pair(mid, 360, '랭면', m.share_card_north({}, { locale }), COLOURS.north)}
	${textEl(TEXT_X - 4, 220, 96, 700, COLOURS.fg, m.site_name({}, { locale }))}
	${textEl(TEXT_X, 290, 40, 400, COLOURS.muted, m.site_name({}, { locale: other }))}
	${textEl(TEXT_X, 400, tagline.size, 700, COLOURS.fg, tagline.text)}
	${footer(options, false)}`);
}

/** Every character the card's text elements draw. */
export function cardText(svg: string): string {
	const unescape = (t: string) =>
		t.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) =>
			e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : "'"
		);
	return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!)).join('');
}

let fontBuffers: Buffer[] | undefined;

/**
 * resvg takes font files by path, so each card's subset fonts are written to a temporary
 * directory for the render and removed after it.
 */
export async function renderCardSvg(svg: string): Promise<Buffer> {
	fontBuffers ??= CARD_FONTS.map((path) => readFileSync(path));
	const text = cardText(svg);
	const dir = join(tmpdir(), 'nambuk-card-fonts');
	mkdirSync(dir, { recursive: true });
	const stem = createHash('sha256')
		.update(text)
		.update(String(process.pid))
		.digest('hex')
		.slice(0, 16);
	const files = fontBuffers.map((font, i) => {
		const path = join(dir, `${stem}-${basename(CARD_FONTS[i]!)}`);
		writeFileSync(path, subsetFont(font, text));
		return path;
	});
	let png: Buffer;
	try {
		const resvg = new Resvg(svg, {
			font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Pretendard' },
			fitTo: { mode: 'width', value: CARD_WIDTH }
		});
		png = Buffer.from(resvg.render().asPng());
	} finally {
		for (const path of files) rmSync(path, { force: true });
	}
	return encodeCard(png);
}

/**
 * JPEG at 4:4:4 keeps the coloured names sharp (a card with a photo is about 90 KB); a photo
 * busy enough to push the card over CARD_MAX_BYTES is encoded again, coarser, until it fits.
 */
export async function encodeCard(png: Buffer): Promise<Buffer> {
	let jpeg = Buffer.alloc(0);
	for (const [quality, chromaSubsampling] of [
		[82, '4:4:4'],
		[72, '4:2:0'],
		[60, '4:2:0'],
		[45, '4:2:0']
	] as const) {
		jpeg = await sharp(png)
			.flatten({ background: COLOURS.bg })
			.jpeg({ quality, chromaSubsampling, mozjpeg: true })
			.toBuffer();
		if (jpeg.length <= CARD_MAX_BYTES) break;
	}
	return jpeg;
}

export async function renderShareCard(entry: Entry, options: CardOptions): Promise<Buffer> {
	return renderCardSvg(await shareCardSvg(entry, options));
}

/** A small least-recently-used cache; a key includes the entry version, so edits miss it. */
export class LruCache<V> {
	#map = new Map<string, V>();
	constructor(readonly capacity: number) {}
	get(key: string): V | undefined {
		const value = this.#map.get(key);
		if (value !== undefined) {
			this.#map.delete(key);
			this.#map.set(key, value);
		}
		return value;
	}
	set(key: string, value: V): void {
		this.#map.delete(key);
		this.#map.set(key, value);
		while (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value!);
	}
	get size(): number {
		return this.#map.size;
	}
}

const cards = new LruCache<Buffer>(200);

/** The entry's card; the key includes the entry version, so an edit draws a new one. */
export async function shareCard(entry: Entry, options: CardOptions): Promise<Buffer> {
	const key = `${entry.slug}@${entry.version}:${options.locale}:${options.host}`;
	const hit = cards.get(key);
	if (hit) return hit;
	const jpeg = await renderShareCard(entry, options);
	cards.set(key, jpeg);
	return jpeg;
}

/** The site's card, which changes only with a release (its text is in the messages). */
export async function siteCard(options: CardOptions): Promise<Buffer> {
	const key = `site:${options.locale}:${options.host}`;
	const hit = cards.get(key);
	if (hit) return hit;
	const jpeg = await renderCardSvg(siteCardSvg(options));
	cards.set(key, jpeg);
	return jpeg;
}
