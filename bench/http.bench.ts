/**
 * HTTP throughput of the built site against a plain Node `http` hello-world server, both started
 * by this run and loaded by autocannon the same way (50 connections, browser-like
 * Accept-Encoding), in interleaved rounds so other work on the machine hits both alike.
 *
 *   npm run build && npm run bench:http
 *   BENCH_HTTP_SECONDS=2 npm run bench:http     # quick run: seconds per target (default 10)
 *   BENCH_HTTP_ROUNDS=5 BENCH_HTTP_CONNECTIONS=50
 *
 * Besides requests per second and latency it reports the server's CPU time per request (from
 * /proc), which other processes on a shared machine disturb far less than throughput.
 * Targets: the entry page at ≥ 40 % of hello-world's req/s, with p99 ≤ 50 ms.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, freePort, startBuiltServer, tempDir } from '../tests/support/built-server';
import { formatNumber, markdownTable, printBenchLine } from './report';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_HTTP_ROUNDS ?? 5));
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const WARMUP_SECONDS = Math.min(2, SECONDS);
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/json' };

const TARGET_RATIO = 0.4;
const TARGET_P99_MS = 50;

try {
	assertBuilt();
} catch (e) {
	console.error(`bench:http: ${(e as Error).message}`);
	process.exit(1);
}

const HELLO_SERVER = `
const http = require('node:http');
http.createServer((req, res) => {
	res.writeHead(200, { 'content-type': 'text/plain' });
	res.end('hello world');
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

async function startHelloWorld(): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['-e', HELLO_SERVER], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ready, fail) => {
		child.stdout!.once('data', () => ready());
		child.once('exit', (code) => fail(new Error(`hello-world server exited with ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}`, child };
}

/** User plus system CPU time of a process so far, in milliseconds (Linux only). */
function cpuMs(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(fields[11]) + Number(fields[12]);
		return (ticks * 1000) / 100;
	} catch {
		return null;
	}
}

interface Target {
	name: string;
	url: string;
	pid: number | undefined;
}

interface Round {
	requests: number;
	seconds: number;
	p50: number;
	p99: number;
	cpuMs: number | null;
	bad: number;
}

async function load(target: Target, seconds: number): Promise<Round> {
	const before = cpuMs(target.pid);
	const result = await autocannon({
		url: target.url,
		connections: CONNECTIONS,
		duration: seconds,
		headers: HEADERS
	});
	const after = cpuMs(target.pid);
	return {
		requests: result.requests.total,
		seconds: result.duration,
		p50: result.latency.p50,
		p99: result.latency.p99,
		cpuMs: before !== null && after !== null ? after - before : null,
		bad: result.non2xx + result.errors + result.timeouts
	};
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const dir = tempDir('bench-http');
const site = await startBuiltServer({
	databasePath: join(dir, 'bench.sqlite'),
	env: { LOG_REQUESTS: '0' }
});
const hello = await startHelloWorld();

try {
	const targets: Target[] = [
		{ name: 'hello-world', url: `${hello.url}/`, pid: hello.child.pid },
		{ name: 'entry page', url: `${site.url}/entries/naengmyeon`, pid: site.process.pid },
		{ name: 'browse page', url: `${site.url}/entries`, pid: site.process.pid },
		{
			name: 'search API',
			url: `${site.url}/api/v1/search?q=${encodeURIComponent('냉면')}`,
			pid: site.process.pid
		}
	];

	// What a reader gets: the entry page is served from the page cache, compressed.
	await fetch(targets[1]!.url, { headers: HEADERS });
	const second = await fetch(targets[1]!.url, { headers: HEADERS });
	const served = `${second.status} X-Cache: ${second.headers.get('x-cache')}, ${second.headers.get('content-encoding')}, ${(await second.arrayBuffer()).byteLength} bytes (decoded)`;

	for (const target of targets) await load(target, WARMUP_SECONDS);

	const rounds = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
	const perRound = SECONDS / ROUNDS;
	for (let r = 0; r < ROUNDS; r++) {
		// Rotate the order each round so no target always follows the same one.
		for (let k = 0; k < targets.length; k++) {
			const target = targets[(r + k) % targets.length]!;
			rounds.get(target.name)!.push(await load(target, perRound));
		}
	}

	const summary = targets.map((t) => {
		const rs = rounds.get(t.name)!;
		const requests = rs.reduce((n, r) => n + r.requests, 0);
		const seconds = rs.reduce((n, r) => n + r.seconds, 0);
		const cpu = rs.every((r) => r.cpuMs !== null)
			? rs.reduce((n, r) => n + r.cpuMs!, 0) / requests
			: null;
		return {
			name: t.name,
			rps: requests / seconds,
			p50: median(rs.map((r) => r.p50)),
			p99: median(rs.map((r) => r.p99)),
			cpuUsPerRequest: cpu === null ? null : cpu * 1000,
			bad: rs.reduce((n, r) => n + r.bad, 0)
		};
	});
	const base = summary[0]!;

	console.log(
		`HTTP: ${CONNECTIONS} connections, ${SECONDS} s per target in ${ROUNDS} interleaved rounds ` +
			`(after ${WARMUP_SECONDS} s warm-up); entry page: ${served}`
	);
	console.log('');
	console.log(
		markdownTable(
			['target', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'req/s ÷ hello-world', 'errors'],
			summary.map((s) => [
				s.name,
				formatNumber(s.rps),
				formatNumber(s.p50, 1),
				formatNumber(s.p99, 1),
				s.cpuUsPerRequest === null ? '–' : formatNumber(s.cpuUsPerRequest),
				`${formatNumber((100 * s.rps) / base.rps, 1)} %`,
				String(s.bad)
			]),
			[false, true, true, true, true, true, true]
		)
	);
	console.log('');

	const entry = summary[1]!;
	const ratioOk = entry.rps / base.rps >= TARGET_RATIO;
	const p99Ok = entry.p99 <= TARGET_P99_MS;
	console.log(
		`entry page: ${formatNumber((100 * entry.rps) / base.rps, 1)} % of hello-world (target ≥ ${TARGET_RATIO * 100} %): ${ratioOk ? 'met' : 'MISSED'}; ` +
			`p99 ${formatNumber(entry.p99, 1)} ms (target ≤ ${TARGET_P99_MS} ms): ${p99Ok ? 'met' : 'MISSED'}`
	);

	for (const s of summary) {
		const isEntry = s === entry;
		printBenchLine({
			bench: 'http',
			name: `${s.name} req/s`,
			value: Math.round(s.rps),
			unit: 'req/s',
			...(s === base
				? {}
				: {
						ratio: Math.round((1000 * s.rps) / base.rps) / 1000,
						of: 'hello-world req/s',
						...(isEntry ? { target: `≥ ${TARGET_RATIO}`, ok: ratioOk } : {})
					})
		});
		if (s.cpuUsPerRequest !== null && s !== base && base.cpuUsPerRequest !== null) {
			printBenchLine({
				bench: 'http',
				name: `${s.name} server CPU per request`,
				value: Math.round(s.cpuUsPerRequest),
				unit: 'µs',
				ratio: Math.round((100 * s.cpuUsPerRequest) / base.cpuUsPerRequest) / 100,
				of: 'hello-world CPU per request'
			});
		}
	}
	printBenchLine({
		bench: 'http',
		name: 'entry page p99 latency',
		value: entry.p99,
		unit: 'ms',
		target: `≤ ${TARGET_P99_MS} ms`,
		ok: p99Ok
	});
	if (summary.some((s) => s.bad > 0)) {
		console.error('some requests failed (non-2xx, errors or timeouts): see the errors column');
		process.exitCode = 1;
	}
} finally {
	hello.child.kill('SIGTERM');
	await site.stop('SIGTERM');
}
