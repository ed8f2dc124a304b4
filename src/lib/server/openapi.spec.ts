import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, SCHEMAS, openApiDocument } from './openapi';

const API_DIR = 'src/routes/api/v1';

/** Every /api/v1 route with a +server.ts, as an OpenAPI path (`[slug]` → `{slug}`). */
function routePaths(dir = API_DIR): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return routePaths(path);
		if (d.name !== '+server.ts') return [];
		const route = relative(API_DIR, dir).split(sep).join('/');
		return [`/api/v1/${route.replace(/\[(\w+)\]/g, '{$1}')}`];
	});
}

function refsIn(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(refsIn);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) =>
			k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)
		);
	return [];
}

describe('the OpenAPI document', () => {
	const doc = openApiDocument('https://example.org');

	/**
	 * The travel-mode worker's own data: a versioned internal format that follows the app's code
	 * (src/lib/offline/glossary.ts), not an interface promised to developers, who have export.json.
	 */
	const INTERNAL = ['/api/v1/offline.json'];

	it('describes every /api/v1 route there is but the internal ones, and no other', () => {
		const routes = routePaths();
		for (const path of INTERNAL) expect(routes).toContain(path);
		expect(Object.keys(doc.paths).sort()).toEqual(
			routes.filter((p) => !INTERNAL.includes(p)).sort()
		);
	});

	it('points every $ref at a schema it defines', () => {
		const names = new Set(Object.keys(SCHEMAS));
		const missing = refsIn(doc)
			.map((r) => r.replace('#/components/schemas/', ''))
			.filter((n) => !names.has(n));
		expect(missing).toEqual([]);
	});

	it('documents each path parameter as required, and each endpoint with an example', () => {
		for (const e of ENDPOINTS) {
			const inPath = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
			const documented = e.parameters.filter((p) => p.in === 'path');
			expect(documented.map((p) => p.name)).toEqual(inPath);
			for (const p of documented) expect(p.required).toBe(true);
			expect(e.examples.ok.startsWith(e.path.replace(/\{\w+\}.*/, ''))).toBe(true);
		}
	});

	it('is OpenAPI 3.1 with the server it is served from', () => {
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.servers).toEqual([{ url: 'https://example.org' }]);
	});
});
