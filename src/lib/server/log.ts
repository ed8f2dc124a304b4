/**
 * The server's one way to write a log record: a JSON line on stdout (info) or stderr (error),
 * as the request log does, so one collector reads both. Never pass secrets, bodies or cookies.
 */
export type LogLevel = 'info' | 'error';

export function writeLog(level: LogLevel, fields: Record<string, unknown>): void {
	const line = JSON.stringify({ time: new Date().toISOString(), level, ...fields }) + '\n';
	(level === 'error' ? process.stderr : process.stdout).write(line);
}
