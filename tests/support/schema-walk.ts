/**
 * Holds a JSON value to a schema of the OpenAPI document, the strict way the document promises:
 * every documented property present, no property the document does not name. Understands the
 * JSON Schema the document uses ($ref into components, oneOf, type lists, enum, items, properties)
 * and nothing more, so a schema using anything else fails here instead of passing unchecked.
 */
export interface WalkSchema {
	type?: string | string[];
	enum?: readonly unknown[];
	$ref?: string;
	oneOf?: WalkSchema[];
	items?: WalkSchema;
	properties?: Record<string, WalkSchema>;
	required?: string[];
	additionalProperties?: boolean;
	[other: string]: unknown;
}

const UNDERSTOOD = new Set([
	'type',
	'enum',
	'$ref',
	'oneOf',
	'items',
	'properties',
	'required',
	'additionalProperties',
	// Annotations and bounds the walker does not check: the handlers' own tests do.
	'format',
	'description',
	'minimum',
	'maximum',
	'default'
]);

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

/** Problems found, one line each with the JSON path; empty when the value fits. */
export function walkSchema(
	value: unknown,
	schema: WalkSchema,
	schemas: Record<string, WalkSchema>,
	path = '$'
): string[] {
	const unknownKeys = Object.keys(schema).filter((k) => !UNDERSTOOD.has(k));
	if (unknownKeys.length) return [`${path}: schema uses ${unknownKeys.join(', ')}`];
	if (schema.$ref) {
		const name = schema.$ref.replace('#/components/schemas/', '');
		const target = schemas[name];
		if (!target) return [`${path}: no schema ${schema.$ref}`];
		return walkSchema(value, target, schemas, path);
	}
	if (schema.oneOf) {
		const fits = schema.oneOf.filter((s) => walkSchema(value, s, schemas, path).length === 0);
		return fits.length === 1
			? []
			: [`${path}: ${fits.length} of oneOf fit ${JSON.stringify(value)?.slice(0, 80)}`];
	}
	const problems: string[] = [];
	const actual = typeOf(value);
	if (schema.type !== undefined) {
		const allowed = ([] as string[]).concat(schema.type);
		const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
		if (!ok) return [`${path}: ${actual}, documented ${allowed.join(' or ')}`];
	}
	if (schema.enum && !schema.enum.includes(value)) {
		problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
	}
	if (actual === 'array' && schema.items) {
		(value as unknown[]).forEach((item, i) =>
			problems.push(...walkSchema(item, schema.items!, schemas, `${path}[${i}]`))
		);
	}
	if (actual === 'object' && schema.properties) {
		const record = value as Record<string, unknown>;
		for (const key of schema.required ?? []) {
			if (!(key in record)) problems.push(`${path}.${key}: documented, missing`);
		}
		for (const [key, item] of Object.entries(record)) {
			const property = schema.properties[key];
			if (!property) {
				if (schema.additionalProperties === false)
					problems.push(`${path}.${key}: present, undocumented`);
				continue;
			}
			problems.push(...walkSchema(item, property, schemas, `${path}.${key}`));
		}
	}
	return problems;
}
