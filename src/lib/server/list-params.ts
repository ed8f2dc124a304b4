import {
	CATEGORIES,
	CONFIDENCES,
	DIFFERENCES,
	REGIONS,
	isOneOf,
	type Category,
	type Confidence,
	type Difference,
	type Region
} from '../vocabulary';
import type { ListQuery } from './entries';
import { SORTS, type Sort } from '../types';

export type ParsedList = { ok: true; query: ListQuery } | { ok: false; error: string };

const INTEGER = /^\d{1,9}$/;

/**
 * Reads the filters, sort and window of an entry list from a query string. Every value is checked
 * against its closed vocabulary; `limit`/`offset` must be plain non-negative integers. The API
 * answers a bad value with 400; the browse page passes `lenient` and falls back to the default.
 */
export function parseListParams(
	params: URLSearchParams,
	opts: { defaultLimit: number; maxLimit: number; lenient?: boolean }
): ParsedList {
	const problems: string[] = [];
	function pick<T extends string>(name: string, list: readonly T[]): T | undefined {
		const raw = params.get(name);
		if (raw === null || raw === '') return undefined;
		if (isOneOf(list, raw)) return raw;
		problems.push(`${name} must be one of: ${list.join(', ')}`);
		return undefined;
	}
	function int(name: string, fallback: number, min: number, max: number): number {
		const raw = params.get(name);
		if (raw === null || raw === '') return fallback;
		if (INTEGER.test(raw)) {
			const n = Number(raw);
			if (n >= min && n <= max) return n;
		}
		problems.push(`${name} must be an integer from ${min} to ${max}`);
		return fallback;
	}
	const query: ListQuery = {
		category: pick<Category>('category', CATEGORIES),
		region: pick<Region>('region', REGIONS),
		difference: pick<Difference>('difference', DIFFERENCES),
		confidence: pick<Confidence>('confidence', CONFIDENCES),
		sort: pick<Sort>('sort', SORTS) ?? 'south',
		limit: int('limit', opts.defaultLimit, 1, opts.maxLimit),
		offset: int('offset', 0, 0, 1_000_000_000)
	};
	if (problems.length && !opts.lenient) return { ok: false, error: problems.join('; ') };
	return { ok: true, query };
}

/** Browse pages are numbered from 1; anything else falls back to the first page. */
export function parsePage(params: URLSearchParams): number {
	const raw = params.get('page');
	if (raw && INTEGER.test(raw)) return Math.max(1, Math.min(Number(raw), 1_000_000));
	return 1;
}
