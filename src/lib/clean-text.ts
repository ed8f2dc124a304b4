/**
 * Characters that must never reach stored text: C0 and C1 controls (U+000B pasted from Word,
 * U+001B), DEL, Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the last two of every
 * plane) and lone surrogates. They are invisible in the moderation diff and make XML (the share
 * card's SVG, the sitemap) invalid. Client-safe: the schemas and the card renderer both use it.
 */

// Tab and newline are kept where a field allows them (the caller decides); CR is folded into LF.
const UNWANTED =
	// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters above; CR LF and CR become LF. */
export function stripUnwantedCharacters(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '');
}
