import type { RequestHandler } from './$types';

/** Everything may be crawled except a quiz round's signed addresses; the sitemap lists the rest. */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		[
			'User-agent: *',
			'Allow: /',
			'Disallow: /quiz/score',
			`Sitemap: ${url.origin}/sitemap.xml`,
			''
		].join('\n'),
		{
			headers: {
				'Content-Type': 'text/plain; charset=utf-8',
				'Cache-Control': 'public, max-age=86400'
			}
		}
	);
