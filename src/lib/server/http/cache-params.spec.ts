import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, paramsOfPath, ROUTE_PARAMS } from './cache-params';

function key(target: string) {
	const q = target.indexOf('?');
	return q < 0 ? cacheKeyOf(target, '') : cacheKeyOf(target.slice(0, q), target.slice(q + 1));
}

describe('page-cache key', () => {
	it('drops parameters the route does not read, so junk makes no new entry', () => {
		const keys = new Set<string>();
		for (let i = 1; i <= 100; i++) keys.add(key(`/about?junk=${i}`).key);
		expect([...keys]).toEqual(['/about']);
		expect(key('/search?q=naeng&utm_source=x').key).toBe('/search?q=naeng');
		expect(key('/api/v1/entries?limit=5&_=1733300000').key).toBe('/api/v1/entries?limit=5');
	});

	it('puts the parameters a route reads in one order', () => {
		expect(key('/compare?b=kimchi&a=naengmyeon').key).toBe('/compare?a=naengmyeon&b=kimchi');
		expect(key('/compare?a=naengmyeon&b=kimchi').key).toBe('/compare?a=naengmyeon&b=kimchi');
		expect(key('/entries?sort=north&category=noodles&page=2').key).toBe(
			'/entries?category=noodles&page=2&sort=north'
		);
	});

	it('keeps one value of each parameter: the first, which get() reads', () => {
		expect(key('/search?q=a&q=b').key).toBe('/search?q=a');
		expect(key('/search?q=a&q=b').complete).toBe(false);
	});

	it('reads the route through the locale, __data.json and a trailing slash', () => {
		expect(key('/ko/search?q=x&junk=1').key).toBe('/ko/search?q=x');
		expect(key('/search/__data.json?q=x&x-sveltekit-invalidated=01&junk=1').key).toBe(
			'/search/__data.json?q=x&x-sveltekit-invalidated=01'
		);
		expect(key('/entries/naengmyeon/history?to=3&from=1&z=1').key).toBe(
			'/entries/naengmyeon/history?from=1&to=3'
		);
		expect([...paramsOfPath('/ko')]).toEqual([]);
		expect([...paramsOfPath('/search/')]).toEqual(['q']);
		// A slug is one segment: a deeper path is another route.
		expect([...paramsOfPath('/entries/a/b/history')]).toEqual([]);
	});

	it('marks a key complete only when nothing was dropped (only those pages are stored)', () => {
		expect(key('/about').complete).toBe(true);
		expect(key('/about?junk=1').complete).toBe(false);
		expect(key('/compare?b=x&a=y').complete).toBe(true);
		expect(key('/search?q=%EB%83%89').complete).toBe(true);
		// The same value however it was encoded: one key.
		expect(key('/search?q=a%20b').key).toBe(key('/search?q=a+b').key);
	});

	it('lists every parameter every route reads', () => {
		const root = join(process.cwd(), 'src', 'routes');
		/** What the shared parsers read, by the name a route calls them with. */
		const helpers: [RegExp, string[]][] = [
			[
				/parseListParams\(url\.searchParams/,
				['category', 'region', 'difference', 'confidence', 'sort']
			],
			[/parsePage\(/, ['page']],
			[/parseSearchParams\(/, ['q', 'limit']],
			[/parseRomanizeParams\(url\.searchParams/, ['text', 'system', 'kind']]
		];
		const missing: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, e.name);
				if (e.isDirectory()) walk(path);
				else if (/^\+(page|layout|server)/.test(e.name)) {
					const source = readFileSync(path, 'utf8');
					const routeId = `/${relative(root, dir).split(sep).join('/')}`.replace(/\/$/, '') || '/';
					// The language links and the login link carry the whole query: not one parameter.
					const names = [...source.matchAll(/searchParams\.(?:get|has|getAll)\('([^']+)'\)/g)].map(
						(m) => m[1]!
					);
					for (const [call, read] of helpers) if (call.test(source)) names.push(...read);
					const listed = ROUTE_PARAMS[routeId] ?? [];
					for (const name of names)
						if (!listed.includes(name)) missing.push(`${routeId} reads ${name}`);
				}
			}
		};
		walk(root);
		expect(missing).toEqual([]);
	});
});
