import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';

export const load: PageServerLoad = () => ({
	examples: entries.examplesByDifference(getDb(), 4)
});
