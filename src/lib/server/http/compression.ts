import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json)|image\/svg\+xml)/;
/** Below this the headers outweigh the saving. */
const MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts, honouring q=0 refusals. */
export function pickEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = q ? Number(q.slice(2)) : 1;
		if (name) accepted.set(name, Number.isFinite(value) ? value : 0);
	}
	const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
	if (ok('br')) return 'br';
	if (ok('gzip')) return 'gzip';
	return null;
}

export function isCompressible(contentType: string | null, size: number): boolean {
	return size >= MIN_BYTES && contentType !== null && COMPRESSIBLE.test(contentType);
}

export function compress(body: Uint8Array, encoding: Encoding): Buffer {
	return encoding === 'br'
		? // Quality 5 is the usual dynamic-content setting: most of brotli's gain, a fraction of its cost.
			brotliCompressSync(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: 5,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
				}
			})
		: gzipSync(body, { level: 6 });
}
