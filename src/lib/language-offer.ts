/**
 * Whether a browser asks for Korean first (`Accept-Language: ko-KR,ko;q=0.9,en;q=0.8`). English
 * pages then offer their /ko twin in one line; nothing redirects, since the same browser may have
 * followed a link to the English page on purpose.
 */
export function prefersKorean(acceptLanguage: string | null | undefined): boolean {
	const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
	return first === 'ko' || first.startsWith('ko-') || first.startsWith('ko_');
}

const KOREAN_PATH = /^\/ko(?:\/|$)/;

/** Whether a path shows the offer: an English page, not the API's JSON or a /ko page. */
export function offersKorean(pathname: string, acceptLanguage: string | null | undefined): boolean {
	return (
		!KOREAN_PATH.test(pathname) && !pathname.startsWith('/api/') && prefersKorean(acceptLanguage)
	);
}
