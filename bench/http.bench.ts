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
 *
 * Two controls make the figures readable. "replay" is a plain Node server sending the entry
 * page's exact bytes and headers as the site sent them: the ceiling for any server of that page
 * on this machine. And the load is generated twice: by the lean client (autocannon without its
 * per-body string decoding, see load-client.ts), which the targets are judged by, and by stock
 * autocannon, printed beside it.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { assertBuilt, freePort, startBuiltServer, tempDir } from '../tests/support/built-server';
import { useLoadClient, type LoadClient } from './load-client';
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

/** Sends the status, headers and body saved in REPLAY_FILE (JSON, body in base64) to every request. */
const REPLAY_SERVER = `
const http = require('node:http');
const saved = JSON.parse(require('node:fs').readFileSync(process.env.REPLAY_FILE, 'utf8'));
const body = Buffer.from(saved.body, 'base64');
http.createServer((req, res) => {
	res.writeHead(saved.status, saved.headers);
	res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** Headers the replaying server's own http module writes (or that belong to one request). */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The response exactly as a browser-like client receives it: raw (still compressed) bytes. */
function captureRaw(url: string): Promise<{ status: number; headers: string[]; body: Buffer }> {
	return new Promise((done, fail) => {
		get(url, { headers: HEADERS }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const headers: string[] = [];
				for (let i = 0; i < res.rawHeaders.length; i += 2) {
					const name = res.rawHeaders[i]!;
					if (!NOT_REPLAYED.has(name.toLowerCase())) headers.push(name, res.rawHeaders[i + 1]!);
				}
				done({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
			});
			res.on('error', fail);
		}).on('error', fail);
	});
}

async function startNodeServer(
	source: string,
	env: Record<string, string> = {}
): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['-e', source], {
		env: { ...process.env, ...env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ready, fail) => {
		child.stdout!.once('data', () => ready());
		child.once('exit', (code) => fail(new Error(`benchmark server exited with ${code}`)));
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

interface Summary {
	name: string;
	rps: number;
	p50: number;
	p99: number;
	cpuUsPerRequest: number | null;
	bad: number;
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
const servers: ChildProcess[] = [];

/** Rounds of every target, interleaved; each round rotates the order so none always follows another. */
async function measure(targets: Target[], client: LoadClient, seconds: number): Promise<Summary[]> {
	useLoadClient(client);
	for (const target of targets) await load(target, Math.min(WARMUP_SECONDS, seconds));
	const rounds = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
	for (let r = 0; r < ROUNDS; r++) {
		for (let k = 0; k < targets.length; k++) {
			const target = targets[(r + k) % targets.length]!;
			rounds.get(target.name)!.push(await load(target, seconds / ROUNDS));
		}
	}
	return targets.map((t) => {
		const rs = rounds.get(t.name)!;
		const requests = rs.reduce((n, r) => n + r.requests, 0);
		const time = rs.reduce((n, r) => n + r.seconds, 0);
		const cpu = rs.every((r) => r.cpuMs !== null)
			? rs.reduce((n, r) => n + r.cpuMs!, 0) / requests
			: null;
		return {
			name: t.name,
			rps: requests / time,
			p50: median(rs.map((r) => r.p50)),
			p99: median(rs.map((r) => r.p99)),
			cpuUsPerRequest: cpu === null ? null : cpu * 1000,
			bad: rs.reduce((n, r) => n + r.bad, 0)
		};
	});
}

const percentOf = (a: number, b: number) => `${formatNumber((100 * a) / b, 1)} %`;

try {
	const entryUrl = `${site.url}/entries/naengmyeon`;
	// What a reader gets: the entry page from the page cache, compressed. The second request is a hit.
	await captureRaw(entryUrl);
	// The first hit starts recompressing at best quality in the background; replay what later hits get.
	let served = await captureRaw(entryUrl);
	for (let tries = 0; tries < 20; tries++) {
		await new Promise((wait) => setTimeout(wait, 100));
		const again = await captureRaw(entryUrl);
		const settled = again.body.byteLength === served.body.byteLength;
		served = again;
		if (settled && tries > 0) break;
	}
	const headerOf = (name: string) => {
		const i = served.headers.findIndex((h, j) => j % 2 === 0 && h.toLowerCase() === name);
		return i < 0 ? null : served.headers[i + 1];
	};
	if (served.status !== 200 || headerOf('x-cache') !== 'hit') {
		throw new Error(
			`the entry page was not a page-cache hit: ${served.status} X-Cache ${headerOf('x-cache')}`
		);
	}
	const headerBytes = served.headers.reduce((n, h) => n + Buffer.byteLength(h) + 2, 0);
	const replayFile = join(dir, 'replay.json');
	writeFileSync(
		replayFile,
		JSON.stringify({
			status: served.status,
			headers: served.headers,
			body: served.body.toString('base64')
		})
	);

	const hello = await startNodeServer(HELLO_SERVER);
	const replay = await startNodeServer(REPLAY_SERVER, { REPLAY_FILE: replayFile });
	servers.push(hello.child, replay.child);

	const targets: Target[] = [
		{ name: 'hello-world', url: `${hello.url}/`, pid: hello.child.pid },
		{
			name: 'replay of the entry page',
			url: `${replay.url}/entries/naengmyeon`,
			pid: replay.child.pid
		},
		{ name: 'entry page', url: entryUrl, pid: site.process.pid },
		{ name: 'browse page', url: `${site.url}/entries`, pid: site.process.pid },
		{
			name: 'search API',
			url: `${site.url}/api/v1/search?q=${encodeURIComponent('냉면')}`,
			pid: site.process.pid
		}
	];
	const summary = await measure(targets, 'lean', SECONDS);
	// The stock client on the three that tell the story, for half the time.
	const stock = await measure(targets.slice(0, 3), 'stock', SECONDS / 2);

	const [base, ceiling, entry] = summary as [Summary, Summary, Summary];
	const [stockBase, stockCeiling, stockEntry] = stock as [Summary, Summary, Summary];

	console.log(
		`HTTP: ${CONNECTIONS} connections, ${SECONDS} s per target in ${ROUNDS} interleaved rounds ` +
			`(after ${WARMUP_SECONDS} s warm-up), lean load client; entry page: ${served.status}, ` +
			`${headerOf('content-encoding')}, ${served.body.byteLength} body bytes + ~${headerBytes} header bytes`
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
				percentOf(s.rps, base.rps),
				String(s.bad)
			]),
			[false, true, true, true, true, true, true]
		)
	);
	console.log('');
	console.log(
		`stock autocannon (decodes every body into a string), ${SECONDS / 2} s each: hello-world ` +
			`${formatNumber(stockBase.rps)} req/s; replay ${percentOf(stockCeiling.rps, stockBase.rps)}, ` +
			`entry page ${percentOf(stockEntry.rps, stockBase.rps)} of hello-world`
	);

	const ratioOk = entry.rps / base.rps >= TARGET_RATIO;
	const p99Ok = entry.p99 <= TARGET_P99_MS;
	console.log(
		`entry page: ${percentOf(entry.rps, base.rps)} of hello-world (target ≥ ${TARGET_RATIO * 100} %): ` +
			`${ratioOk ? 'met' : 'MISSED'}; ${percentOf(entry.rps, ceiling.rps)} of the replay ceiling; ` +
			`p99 ${formatNumber(entry.p99, 1)} ms (target ≤ ${TARGET_P99_MS} ms): ${p99Ok ? 'met' : 'MISSED'}`
	);

	const ratio = (a: number, b: number) => Math.round((1000 * a) / b) / 1000;
	for (const s of summary) {
		if (s === base) {
			printBenchLine({
				bench: 'http',
				name: 'hello-world req/s',
				value: Math.round(s.rps),
				unit: 'req/s'
			});
			continue;
		}
		printBenchLine({
			bench: 'http',
			name: `${s.name} req/s`,
			value: Math.round(s.rps),
			unit: 'req/s',
			ratio: ratio(s.rps, base.rps),
			of: 'hello-world req/s',
			...(s === entry ? { target: `≥ ${TARGET_RATIO}`, ok: ratioOk } : {})
		});
		if (s.cpuUsPerRequest !== null && base.cpuUsPerRequest !== null) {
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
		name: 'entry page req/s, stock autocannon',
		value: Math.round(stockEntry.rps),
		unit: 'req/s',
		ratio: ratio(stockEntry.rps, stockBase.rps),
		of: 'hello-world req/s, stock autocannon'
	});
	printBenchLine({
		bench: 'http',
		name: 'entry page req/s against a replay of its bytes',
		value: Math.round(entry.rps),
		unit: 'req/s',
		ratio: ratio(entry.rps, ceiling.rps),
		of: 'replay of its bytes by plain Node'
	});
	printBenchLine({
		bench: 'http',
		name: 'entry page p99 latency',
		value: entry.p99,
		unit: 'ms',
		target: `≤ ${TARGET_P99_MS} ms`,
		ok: p99Ok
	});
	if ([...summary, ...stock].some((s) => s.bad > 0)) {
		console.error('some requests failed (non-2xx, errors or timeouts): see the errors column');
		process.exitCode = 1;
	}
} finally {
	for (const child of servers) child.kill('SIGTERM');
	await site.stop('SIGTERM');
}
