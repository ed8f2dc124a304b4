/**
 * The server's one way to write a log record: a JSON line on stdout (info) or stderr (error),
 * as the request log does, so one collector reads both. Never pass secrets, bodies or cookies.
 */
export type LogLevel = 'info' | 'error';

export function writeLog(level: LogLevel, fields: Record<string, unknown>): void {
	const line = JSON.stringify({ time: new Date().toISOString(), level, ...fields }) + '\n';
	(level === 'error' ? process.stderr : process.stdout).write(line);
}

/**
 * A request that ended in an error, logged with a short reference the page shows. A 4xx is the
 * client's mistake (a wrong method, an unreadable body): an info line without a stack, so real
 * failures stand out. A 5xx is ours: error level, with the stack.
 */
export function logRequestError(fields: {
	error: unknown;
	status: number;
	method: string;
	path: string;
}): string {
	const id = crypto.randomUUID().slice(0, 8);
	const { error, status, method, path } = fields;
	const serverFault = status >= 500;
	writeLog(serverFault ? 'error' : 'info', {
		id,
		status,
		method,
		path,
		error:
			error instanceof Error
				? serverFault
					? { message: error.message, stack: error.stack }
					: { message: error.message }
				: String(error)
	});
	return id;
}
