/**
 * A schema.org JSON-LD `<script>` element for `{@html}` in `<svelte:head>`. Every `<` in the data
 * is written as `\u003c`, so no stored text can close the element or open another.
 */
export function jsonLdScript(data: object): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
