import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { openDatabase, type Db } from './client';
import { startPruning } from '../prune';

let instance: Db | undefined;
let stopPruning: (() => void) | undefined;

/**
 * The one database of the running server, opened on first use: the first start creates the file
 * and applies the migrations. Loading the seed is a start-up step of the server (the `init` hook
 * in hooks.server.ts), not something opening the database does.
 */
export function getDb(): Db {
	if (instance) return instance;
	// `vite build` imports server modules to analyse routes; it must not create a database file.
	if (building) {
		instance = openDatabase(':memory:');
		return instance;
	}
	instance = openDatabase(env.DATABASE_PATH || '.data/nambuk.sqlite');
	stopPruning = startPruning(instance);
	return instance;
}

export function closeDb(): void {
	stopPruning?.();
	stopPruning = undefined;
	instance?.$client.close();
	instance = undefined;
}
