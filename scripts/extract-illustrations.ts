/**
 * Copies the illustrations (by category and by entry, src/lib/illustrations.ts) out of @iconify-json/noto into
 * static/illustrations as plain SVG files, with the Apache-2.0 licence and a NOTICE. Only the
 * icons the site uses are written; run again after changing the mapping:
 *
 *   npx tsx scripts/extract-illustrations.ts
 *
 * The output is committed, so neither builds nor the server need the icon package.
 */
import { readFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { allIllustrationIcons, ILLUSTRATION_SOURCE } from '../src/lib/illustrations';

interface IconSet {
	width?: number;
	height?: number;
	icons: Record<string, { body: string; width?: number; height?: number }>;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@iconify-json/noto/package.json'));
const set = JSON.parse(readFileSync(join(packageDir, 'icons.json'), 'utf8')) as IconSet;
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
	version: string;
};
const outDir = resolve('static/illustrations');
mkdirSync(outDir, { recursive: true });

const wanted = allIllustrationIcons();
for (const old of readdirSync(outDir).filter((f) => f.endsWith('.svg'))) {
	if (!wanted.includes(old.slice(0, -4))) rmSync(join(outDir, old));
}
for (const name of wanted) {
	const icon = set.icons[name];
	if (!icon) throw new Error(`@iconify-json/noto has no icon "${name}"`);
	const width = icon.width ?? set.width ?? 16;
	const height = icon.height ?? set.height ?? 16;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
		`<!-- ${ILLUSTRATION_SOURCE.name} "${name}" by ${ILLUSTRATION_SOURCE.author}, ${ILLUSTRATION_SOURCE.license} (LICENSE.txt) -->` +
		`${icon.body}</svg>\n`;
	writeFileSync(join(outDir, `${name}.svg`), svg);
}

// Apache-2.0 §4: recipients get a copy of the licence and notice of where the files came from.
const licence = readFileSync(require.resolve('typescript/LICENSE.txt'), 'utf8');
if (!licence.startsWith('Apache License')) throw new Error('expected the Apache License 2.0 text');
writeFileSync(join(outDir, 'LICENSE.txt'), licence);
writeFileSync(
	join(outDir, 'NOTICE.txt'),
	[
		`The SVG files in this folder are from ${ILLUSTRATION_SOURCE.name} by ${ILLUSTRATION_SOURCE.author}`,
		`(${ILLUSTRATION_SOURCE.url}), licensed under the ${ILLUSTRATION_SOURCE.license} (LICENSE.txt).`,
		`They were copied unmodified from @iconify-json/noto ${version}, wrapped in an <svg> element`,
		'by scripts/extract-illustrations.ts.',
		'',
		`Files: ${wanted.map((n) => `${n}.svg`).join(', ')}`,
		''
	].join('\n')
);
console.log(`wrote ${wanted.length} illustrations to ${outDir}`);
