import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { creditedPhotos } from '$lib/server/photos';

export const load: PageServerLoad = () => ({ photos: creditedPhotos(getDb()) });
