/**
 * The shapes of the API reference (the OpenAPI data in $lib/server/openapi.ts), client-safe so
 * the /api page can type what its load returns.
 */

/** Prose in both page languages; the JSON document carries the English. */
export interface Text {
	en: string;
	ko: string;
}

/** The part of JSON Schema 2020-12 these schemas use (and the test's walker understands). */
export interface JsonSchema {
	type?: JsonType | JsonType[];
	enum?: readonly (string | number | null)[];
	format?: string;
	$ref?: string;
	oneOf?: JsonSchema[];
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: false;
	minimum?: number;
	maximum?: number;
	default?: string | number;
	description?: string;
}
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface ParameterSpec {
	name: string;
	in: 'path' | 'query';
	required: boolean;
	description: Text;
	schema: JsonSchema;
	example?: string | number;
}

export type ResponseSpec =
	{ type: 'json'; schema: string } | { type: 'csv'; columns: readonly string[] };

export interface EndpointSpec {
	path: string;
	/** A POST (one that writes, or takes a body) gets no CORS header; see http/cors.ts. */
	method: 'get' | 'post';
	operationId: string;
	summary: Text;
	description: Text;
	parameters: ParameterSpec[];
	response: ResponseSpec;
	/** Statuses answered with the Error shape. */
	errors: { status: 400 | 404; description: Text }[];
	/** A POST's JSON body: its schema, one that works and one that is refused with the errors. */
	body?: { schema: string; example: Record<string, unknown>; error: Record<string, unknown> };
	/** Requests that work against the seed data: /api links them, the e2e test sends them. */
	examples: { ok: string; error?: string };
	/** The language of the Hangul in the examples, for the reference page's markup. */
	examplesLang?: 'ko-KR' | 'ko-KP';
}
