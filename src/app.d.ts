// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Reference shown to the reader and written to the log for unexpected errors. */
			id?: string;
		}
		interface Locals {
			locale: import('$lib/paraglide/runtime').Locale;
			/** The signed-in user, filled by the session hook; null when anonymous. */
			user: import('$lib/server/accounts').User | null;
		}
	}
}

export {};
