import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/lib/server/openapi';
import { walkSchema, type WalkSchema } from '../support/schema-walk';

const schemas = SCHEMAS as unknown as Record<string, WalkSchema>;
const romanize = {
	text: '냉면',
	system: 'rr',
	kind: 'word',
	romanization: 'naengmyeon',
	pronunciation: '냉면',
	ipa: 'nɛŋ.mjʌn'
};

describe('the OpenAPI schema walker', () => {
	it('accepts a value that fits', () => {
		expect(
			walkSchema(romanize, { $ref: '#/components/schemas/RomanizeResponse' }, schemas)
		).toEqual([]);
	});

	it('reports a documented field that is missing and a field that is not documented', () => {
		const { pronunciation: _, ...missing } = romanize;
		expect(walkSchema({ ...missing, extra: 1 }, schemas.RomanizeResponse!, schemas)).toEqual([
			'$.pronunciation: documented, missing',
			'$.extra: present, undocumented'
		]);
	});

	it('follows refs, arrays and nullable oneOf down to the wrong type or value', () => {
		const schema: WalkSchema = {
			type: 'object',
			properties: {
				list: { type: 'array', items: { $ref: '#/components/schemas/Error' } },
				maybe: { oneOf: [{ $ref: '#/components/schemas/Why' }, { type: 'null' }] },
				side: { type: 'string', enum: ['south', 'north'] }
			},
			required: ['list', 'maybe', 'side'],
			additionalProperties: false
		};
		expect(
			walkSchema({ list: [{ error: 'x' }], maybe: null, side: 'south' }, schema, schemas)
		).toEqual([]);
		expect(
			walkSchema({ list: [{ error: 1 }], maybe: { en: 'a' }, side: 'east' }, schema, schemas)
		).toEqual([
			'$.list[0].error: integer, documented string',
			'$.maybe: 0 of oneOf fit {"en":"a"}',
			'$.side: "east" is not one of south, north'
		]);
	});

	it('refuses a schema keyword it does not check', () => {
		expect(walkSchema('a', { type: 'string', pattern: '^b' }, schemas)).toEqual([
			'$: schema uses pattern'
		]);
	});
});
