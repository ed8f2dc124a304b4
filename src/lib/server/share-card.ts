/**
 * The 1200×630 share image of an entry (og:image): both names large, their romanizations, and
 * the photo or the category's drawing. Drawn as SVG and rendered by resvg with the Pretendard
 * TTFs from npm only (`loadSystemFonts: false`), so the Hangul looks the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Entry } from '../types';
import { illustrationFor } from '../illustrations';
import { parsePhotoFileName, readPhotoFile } from './photo-store';
import { subsetFont } from './font-subset';
import { stripUnwantedCharacters } from '../clean-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONT_DIR = resolve('node_modules/pretendard/dist/public/static/alternative');
export const CARD_FONTS = [
	join(FONT_DIR, 'Pretendard-Bold.ttf'),
	join(FONT_DIR, 'Pretendard-Regular.ttf')
];

const COLOURS = {
	bg: '#fbf8f3',
	fg: '#1f1b16',
	muted: '#5c5348',
	south: '#1d4f91',
	north: '#a8321f'
};
const MEDIA_X = 780;

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

/** Hangul glyphs are about 1em wide: shrink long names so they fit the text column. */
function nameSize(name: string): number {
	return Math.max(48, Math.min(128, Math.floor(640 / Math.max(1, [...name].length))));
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

/** The card as SVG source (exported for tests, which check the text without rendering). */
export async function shareCardSvg(entry: Entry): Promise<string> {
	const south = entry.south[0];
	const north = entry.north[0];
	const photo = await photoDataUri(entry);
	const media = photo
		? `<image href="${photo}" x="${MEDIA_X}" y="0" width="${CARD_WIDTH - MEDIA_X}" height="${CARD_HEIGHT}" preserveAspectRatio="xMidYMid slice"/>`
		: `<rect x="${MEDIA_X}" y="0" width="${CARD_WIDTH - MEDIA_X}" height="${CARD_HEIGHT}" fill="#efe6d8"/>` +
			(illustrationDataUri(entry)
				? `<image href="${illustrationDataUri(entry)}" x="${MEDIA_X + 70}" y="175" width="280" height="280"/>`
				: '');
	const line = (
		label: string,
		name: string,
		reading: string,
		colour: string,
		top: number
	): string => {
		const size = nameSize(name);
		return `
		<text x="64" y="${top}" font-size="30" font-weight="400" fill="${COLOURS.muted}">${escapeXml(label)}</text>
		<text x="60" y="${top + size + 8}" font-size="${size}" font-weight="700" fill="${colour}">${escapeXml(name)}</text>
		<text x="64" y="${top + size + 62}" font-size="38" font-weight="400" fill="${COLOURS.fg}">${escapeXml(reading)}</text>`;
	};
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Pretendard">
	<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.bg}"/>
	${media}
	<rect x="0" y="0" width="${MEDIA_X}" height="10" fill="${COLOURS.south}"/>
	<rect x="0" y="${CARD_HEIGHT - 10}" width="${MEDIA_X}" height="10" fill="${COLOURS.north}"/>
	${line('South · 남', south?.hangul ?? '', south?.romanizations.rr ?? '', COLOURS.south, 70)}
	${line('North · 북', north?.hangul ?? '', north?.romanizations.dprk ?? '', COLOURS.north, 320)}
	<text x="64" y="${CARD_HEIGHT - 36}" font-size="26" font-weight="700" fill="${COLOURS.muted}">Nambuk Menu · 남북 메뉴 — ${escapeXml(entry.english)}</text>
</svg>`;
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
export async function renderShareCard(entry: Entry): Promise<Buffer> {
	const svg = await shareCardSvg(entry);
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
	try {
		const resvg = new Resvg(svg, {
			font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Pretendard' },
			fitTo: { mode: 'width', value: CARD_WIDTH }
		});
		return Buffer.from(resvg.render().asPng());
	} finally {
		for (const path of files) rmSync(path, { force: true });
	}
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

export async function shareCard(entry: Entry): Promise<Buffer> {
	const key = `${entry.slug}@${entry.version}`;
	const hit = cards.get(key);
	if (hit) return hit;
	const png = await renderShareCard(entry);
	cards.set(key, png);
	return png;
}
