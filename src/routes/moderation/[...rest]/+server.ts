import { redirect, type RequestHandler } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';

/**
 * The queue lives at /moderate (a verb, like /contribute); /moderation is the word people and
 * the first design used, so it leads there permanently, with the rest of the path and the query.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const rest = params.rest ? `/${params.rest}` : '';
	redirect(308, `${localizeHref(`/moderate${rest}`)}${url.search}`);
};
