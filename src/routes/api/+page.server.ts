import type { PageServerLoad } from './$types';
import { ENDPOINTS, SCHEMAS } from '$lib/server/openapi';

/** The reference is the OpenAPI document's own data, so the page and /api/openapi.json agree. */
export const load: PageServerLoad = () => ({
	endpoints: ENDPOINTS,
	schemas: SCHEMAS
});
