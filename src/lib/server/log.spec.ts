import { afterEach, describe, expect, it, vi } from 'vitest';
import { logRequestError } from './log';

afterEach(() => vi.restoreAllMocks());

/** What the server wrote on each stream while `run` ran, as parsed JSON lines. */
function capture(run: () => void) {
	const out: Record<string, unknown>[] = [];
	const err: Record<string, unknown>[] = [];
	const grab = (into: Record<string, unknown>[]) => (chunk: string | Uint8Array) => {
		into.push(JSON.parse(String(chunk)));
		return true;
	};
	vi.spyOn(process.stdout, 'write').mockImplementation(grab(out));
	vi.spyOn(process.stderr, 'write').mockImplementation(grab(err));
	run();
	vi.restoreAllMocks();
	return { out, err };
}

describe('logRequestError (issue 12.16)', () => {
	it.each([400, 405, 413, 415])('a %i is logged at info, without a stack', (status) => {
		const { out, err } = capture(() =>
			logRequestError({ error: new Error('Bad'), status, method: 'POST', path: '/x' })
		);
		expect(err).toEqual([]);
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({ level: 'info', status, method: 'POST', path: '/x' });
		expect(out[0]!.error).toEqual({ message: 'Bad' });
	});

	it('a 500 is logged at error level with its stack and a reference', () => {
		let id = '';
		const { out, err } = capture(() => {
			id = logRequestError({ error: new Error('boom'), status: 500, method: 'GET', path: '/y' });
		});
		expect(out).toEqual([]);
		expect(err[0]).toMatchObject({ level: 'error', status: 500, id });
		expect((err[0]!.error as { stack: string }).stack).toContain('boom');
	});
});
