/**
 * Starts the built site (`node build`, as in production) on a database of the caller's choosing,
 * for the benchmarks, the fault tests and the fuzzer. Each server gets its own port in 4300–4399
 * (other test runs use 4173/4180) and its output is kept, so a test can read the request log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BUILD_DIR = resolve(process.env.BUILD_DIR ?? 'build');

export function assertBuilt(): void {
	if (!existsSync(join(BUILD_DIR, 'index.js')))
		throw new Error(`No built server at ${BUILD_DIR}/index.js: run \`npm run build\` first.`);
}

export function tempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `nambuk-${prefix}-`));
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => done(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}

/** A free loopback port in 4300–4399, tried in random order so parallel runs rarely collide. */
export async function freePort(): Promise<number> {
	const start = 4300 + Math.floor(Math.random() * 100);
	for (let i = 0; i < 100; i++) {
		const port = 4300 + ((start - 4300 + i) % 100);
		if (await portIsFree(port)) return port;
	}
	throw new Error('no free port in 4300–4399');
}

export interface BuiltServer {
	url: string;
	port: number;
	databasePath: string;
	process: ChildProcess;
	/** Everything the server wrote to stdout and stderr so far. */
	output(): string;
	/** Resolves once the output contains `text` (a pipe delivers it a little after the write). */
	waitForOutput(text: string, timeoutMs?: number): Promise<void>;
	/** Resolves with the exit code (or the signal's name) once the process has ended. */
	exited: Promise<number | string>;
	stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export interface ServerOptions {
	databasePath: string;
	port?: number;
	/** Extra environment, e.g. raised rate limits or LOG_REQUESTS=0. */
	env?: Record<string, string>;
	/** How long to wait for /healthz (the first start migrates and seeds). */
	readyTimeoutMs?: number;
}

export async function startBuiltServer(options: ServerOptions): Promise<BuiltServer> {
	assertBuilt();
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [BUILD_DIR], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATABASE_PATH: options.databasePath,
			UPLOAD_DIR: join(options.databasePath, '..', 'uploads'),
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const exited = new Promise<number | string>((done) =>
		child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown'))
	);
	let ended = false;
	void exited.then(() => (ended = true));

	const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
	for (;;) {
		if (ended) throw new Error(`server exited before it was ready:\n${output}`);
		try {
			const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
			if (response.ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server not ready after ${options.readyTimeoutMs ?? 60_000} ms:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}

	return {
		url,
		port,
		databasePath: options.databasePath,
		process: child,
		output: () => output,
		async waitForOutput(text: string, timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			while (!output.includes(text)) {
				if (Date.now() > deadline) throw new Error(`server output has no ${JSON.stringify(text)}`);
				await new Promise((r) => setTimeout(r, 20));
			}
		},
		exited,
		stop(signal: NodeJS.Signals = 'SIGTERM') {
			if (!ended) child.kill(signal);
			return exited;
		}
	};
}
