/** The HTTP answer for a share card: JPEG, cached for a day, revalidated by its ETag. */
export async function cardResponse(
	request: Request,
	etag: string,
	render: () => Promise<Buffer>
): Promise<Response> {
	const headers = {
		'Content-Type': 'image/jpeg',
		// The address has no version, so caches check back after a day; the ETag makes that cheap.
		'Cache-Control': 'public, max-age=86400',
		ETag: etag
	};
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(new Uint8Array(await render()), { headers });
}
