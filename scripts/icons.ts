/**
 * The app's icons, drawn from static/favicon.svg (the one source): PNGs for the web app manifest
 * (192 and 512, plus a maskable 512 whose bowl sits inside the 80 % safe zone on a full-bleed
 * background, so launchers that crop to a circle or squircle keep it whole), the 180 px
 * apple-touch-icon, and favicon.ico with 16, 32 and 48 px images for browsers and tools that ask
 * for /favicon.ico and never read the SVG link.
 *
 *   npm run icons     (writes static/favicon.ico and static/icons/*.png; the outputs are committed)
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STATIC = 'static';
const source = readFileSync(join(STATIC, 'favicon.svg'), 'utf8');

/** The artwork inside the round badge (everything after the circle), for the maskable variant. */
const artwork = source.replace(/^.*?<circle[^>]*\/>/s, '').replace(/<\/svg>\s*$/, '');
const BADGE = /<circle[^>]*fill="(#[0-9a-f]{3,6})"/i.exec(source)?.[1] ?? '#b4432c';
/** Full bleed, artwork scaled to 70 % about the centre: well inside the 80 % safe circle. */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BADGE}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${artwork}</g></svg>`;

function render(svg: string, size: number): Buffer {
	return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Optimised PNG (palette where it stays exact enough for a flat two-colour drawing). */
async function png(svg: string, size: number): Promise<Buffer> {
	return sharp(render(svg, size))
		.png({ compressionLevel: 9, palette: true, quality: 100 })
		.toBuffer();
}

/**
 * An ICO file whose images are PNGs (supported by every browser since IE Vista-era Windows):
 * a 6-byte header, a 16-byte directory entry per image, then the images.
 */
function ico(images: { size: number; data: Buffer }[]): Buffer {
	const header = Buffer.alloc(6);
	header.writeUInt16LE(0, 0);
	header.writeUInt16LE(1, 2);
	header.writeUInt16LE(images.length, 4);
	let offset = 6 + 16 * images.length;
	const entries = images.map(({ size, data }) => {
		const entry = Buffer.alloc(16);
		entry.writeUInt8(size >= 256 ? 0 : size, 0);
		entry.writeUInt8(size >= 256 ? 0 : size, 1);
		entry.writeUInt8(0, 2);
		entry.writeUInt8(0, 3);
		entry.writeUInt16LE(1, 4);
		entry.writeUInt16LE(32, 6);
		entry.writeUInt32LE(data.length, 8);
		entry.writeUInt32LE(offset, 12);
		offset += data.length;
		return entry;
	});
	return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

mkdirSync(join(STATIC, 'icons'), { recursive: true });
const outputs: [string, Buffer][] = [
	['icons/icon-192.png', await png(source, 192)],
	['icons/icon-512.png', await png(source, 512)],
	['icons/maskable-512.png', await png(maskable, 512)],
	['icons/apple-touch-icon.png', await png(maskable, 180)],
	[
		'favicon.ico',
		ico(
			await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(source, size) })))
		)
	]
];
for (const [path, data] of outputs) {
	writeFileSync(join(STATIC, path), data);
	console.log(`${path}: ${data.length} bytes`);
}
