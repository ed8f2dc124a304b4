import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /ko/entries and /entries are the same route; the locale lives only in the URL.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
