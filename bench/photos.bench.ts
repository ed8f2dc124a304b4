/**
 * Photo pipeline benchmark: one 12-megapixel photo (4000 × 3000 JPEG, generated the same way on
 * every run) through processPhoto() — sniff, metadata, decode once, rotate, sRGB, nine encodes
 * (AVIF/WebP/JPEG × 320/640/1280) and the placeholder — against a baseline measured in the same
 * run: sharp's plain decode + resize to 1280 px + one JPEG encode. Time and peak memory (RSS
 * sampled every 2 ms, above the level before the run) are printed as ratios to the baseline.
 *
 *   npx tsx bench/photos.bench.ts [repeats=3]
 */
import sharp from 'sharp';
import { PhotoRefusedError, processPhoto } from '../src/lib/server/photo-pipeline';
import { photoJpeg, pngDeclaring } from '../tests/fixtures/photos';
import { formatNumber, printBenchLine } from './report';

const REPEATS = Number(process.argv[2] ?? 3);
const MB = 1024 * 1024;

interface Run {
	ms: number;
	peakRssMb: number;
}

/** Runs `work` while sampling RSS; the peak is reported above the RSS just before it started. */
async function measure(work: () => Promise<unknown>): Promise<Run> {
	(globalThis as { gc?: () => void }).gc?.();
	const before = process.memoryUsage.rss();
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, 2);
	const started = performance.now();
	await work();
	const ms = performance.now() - started;
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage.rss());
	return { ms, peakRssMb: (peak - before) / MB };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log('generating a 4000 × 3000 test photo…');
const photo = await photoJpeg(4000, 3000, 12, 92);
console.log(
	`  ${formatNumber(photo.length / MB, 1)} MB JPEG; sharp concurrency ${sharp.concurrency()}`
);

const baseline = () => sharp(photo).resize({ width: 1280 }).jpeg({ quality: 80 }).toBuffer();
const pipeline = () => processPhoto(photo);

// One of each first, unmeasured: loads libvips' codecs and warms the allocator.
await baseline();
await pipeline();

const base: Run[] = [];
const full: Run[] = [];
for (let i = 0; i < REPEATS; i++) {
	base.push(await measure(baseline));
	full.push(await measure(pipeline));
}

const bomb = pngDeclaring(30_000, 30_000);
const refusal = await measure(async () => {
	try {
		await processPhoto(bomb);
	} catch (e) {
		if (!(e instanceof PhotoRefusedError)) throw e;
	}
});

const baseMs = median(base.map((r) => r.ms));
const fullMs = median(full.map((r) => r.ms));
const baseMem = Math.max(...base.map((r) => r.peakRssMb));
const fullMem = Math.max(...full.map((r) => r.peakRssMb));
const timeRatio = fullMs / baseMs;
const memRatio = fullMem / Math.max(baseMem, 1);

console.log('');
console.log(
	`baseline (decode + resize 1280 + 1 JPEG): ${formatNumber(baseMs)} ms, peak +${formatNumber(baseMem)} MB RSS`
);
console.log(
	`pipeline (9 files + placeholder):         ${formatNumber(fullMs)} ms, peak +${formatNumber(fullMem)} MB RSS`
);
console.log(
	`ratios: time ${formatNumber(timeRatio, 1)}×, peak memory ${formatNumber(memRatio, 1)}×`
);
console.log(
	`30,000 × 30,000 PNG refused in ${formatNumber(refusal.ms, 1)} ms, peak +${formatNumber(refusal.peakRssMb)} MB RSS`
);

printBenchLine({
	bench: 'photos',
	name: '12 MP photo, full pipeline',
	value: Math.round(fullMs),
	unit: 'ms',
	ratio: Number(timeRatio.toFixed(2)),
	of: 'decode+resize+1 JPEG',
	target: '≤ 12×',
	ok: timeRatio <= 12
});
printBenchLine({
	bench: 'photos',
	name: '12 MP photo, peak RSS',
	value: Math.round(fullMem),
	unit: 'MB',
	ratio: Number(memRatio.toFixed(2)),
	of: 'decode+resize+1 JPEG',
	target: '≤ 400 MB',
	ok: fullMem <= 400
});
printBenchLine({
	bench: 'photos',
	name: 'pixel bomb refused',
	value: Number(refusal.ms.toFixed(1)),
	unit: 'ms',
	target: '≤ 50 ms',
	ok: refusal.ms <= 50
});
