import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './json-ld';

describe('jsonLdScript', () => {
	it('wraps the data in one JSON-LD script element', () => {
		expect(jsonLdScript({ name: '냉면' })).toBe(
			'<script type="application/ld+json">{"name":"냉면"}</script>'
		);
	});

	it('keeps stored text from closing the element', () => {
		const tag = jsonLdScript({ name: '</script><script>alert(1)</script>' });
		expect(tag.match(/<\/script>/g)).toHaveLength(1);
		expect(JSON.parse(tag.slice(tag.indexOf('>') + 1, tag.lastIndexOf('<')))).toEqual({
			name: '</script><script>alert(1)</script>'
		});
	});
});
