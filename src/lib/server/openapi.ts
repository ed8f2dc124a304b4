/**
 * The OpenAPI 3.1 description of /api/v1 (issue 17), kept as data: one object per path in
 * ENDPOINTS, one JSON Schema per response shape in SCHEMAS. /api/openapi.json serialises it,
 * /api renders the same objects as a reference in English and Korean, and the open-data e2e test
 * walks every live response against the schemas, so a field added to a handler without a line
 * here fails a test. A new endpoint is one more object in ENDPOINTS.
 */
import { KINDS, SYSTEMS } from '../hangul';
import {
	CATEGORIES,
	CONFIDENCES,
	DIFFERENCES,
	NAME_SIDES,
	NAME_STATUSES,
	REGIONS,
	RELATIONS,
	RELIABILITIES,
	SIDES
} from '../vocabulary';
import { SORTS } from '../types';
import type { MatchForm } from '../search';
import type { ProposeField } from '../search/propose';
import { CSV_COLUMNS, PAIR_CSV_COLUMNS } from './export';
import type { EndpointSpec, JsonSchema, ParameterSpec, Text } from '../api-reference';
import { SPELLING_RULES } from '../decode';

const string: JsonSchema = { type: 'string' };
const nullableString: JsonSchema = { type: ['string', 'null'] };
const integer: JsonSchema = { type: 'integer' };
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (name: string): JsonSchema => ({ oneOf: [ref(name), { type: 'null' }] });
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const oneOfList = (list: readonly string[]): JsonSchema => ({ type: 'string', enum: list });

/** Every property present (null when empty) and none besides: what the test holds responses to. */
function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
	return {
		type: 'object',
		...(description ? { description } : {}),
		properties,
		required: Object.keys(properties),
		additionalProperties: false
	};
}

const MATCH_FORMS = [
	'hangul',
	'hanja',
	'romanization',
	'prefix',
	'initials',
	'keyboard',
	'phonetic',
	'inside',
	'compound',
	'typo',
	'close',
	'synonym',
	'broader',
	'english'
] as const satisfies readonly MatchForm[];
const PROPOSE_FIELDS = ['south', 'north', 'english'] as const satisfies readonly ProposeField[];

/** Keyed by name; a `$ref` to a name missing here fails the schema walker's test. */
export const SCHEMAS: Record<string, JsonSchema> = {
	Error: object({ error: string }, 'What was wrong with the request, in one English sentence.'),
	Romanizations: object({ rr: string, mr: string, dprk: string, yale: string }),
	Name: object({
		hangul: string,
		hanja: nullableString,
		status: oneOfList(NAME_STATUSES),
		note: nullableString,
		noteKo: nullableString,
		attested: nullableString,
		sources: { ...arrayOf(integer), description: 'Ids of the entry’s sources that attest it.' },
		reviewed: { type: 'boolean' },
		pronunciation: string,
		ipa: { type: 'string', description: 'IPA of the pronunciation, syllables parted by dots.' },
		romanizations: ref('Romanizations')
	}),
	Source: object({
		id: integer,
		key: {
			type: ['string', 'null'],
			description: 'The seed files’ stable key of the source; null for one a contributor added.'
		},
		citation: string,
		author: nullableString,
		title: nullableString,
		via: nullableString,
		url: nullableString,
		publisher: nullableString,
		year: nullableString,
		reliability: oneOfList(RELIABILITIES)
	}),
	PhotoSource: object({ type: string, srcset: string }),
	Photo: object({
		url: { type: 'string', format: 'uri' },
		srcset: nullableString,
		sources: arrayOf(ref('PhotoSource')),
		placeholder: { type: ['string', 'null'], description: 'A tiny blurred image (data: URI).' },
		author: string,
		license: string,
		licenseUrl: string,
		sourceUrl: nullableString,
		alt: string,
		altKo: nullableString,
		width: integer,
		height: integer,
		cropped: { type: 'boolean' }
	}),
	RelatedEntry: object({
		slug: string,
		relation: oneOfList(RELATIONS),
		english: string,
		glossKo: string,
		south: string,
		north: string,
		url: { type: 'string', format: 'uri' }
	}),
	Why: object({ en: string, ko: string }),
	Entry: object({
		slug: string,
		category: oneOfList(CATEGORIES),
		regions: arrayOf(oneOfList(REGIONS)),
		english: string,
		glossKo: string,
		why: ref('Why'),
		description: string,
		descriptionKo: string,
		difference: oneOfList(DIFFERENCES),
		confidence: oneOfList(CONFIDENCES),
		version: integer,
		south: arrayOf(ref('Name')),
		north: arrayOf(ref('Name')),
		related: arrayOf(ref('RelatedEntry')),
		photos: arrayOf(ref('Photo')),
		sources: arrayOf(ref('Source')),
		url: { type: 'string', format: 'uri', description: 'The entry’s page.' }
	}),
	EntryList: object({
		total: integer,
		limit: integer,
		offset: integer,
		entries: arrayOf(ref('Entry'))
	}),
	SearchMatch: object({
		hangul: string,
		side: oneOfList(NAME_SIDES),
		status: oneOfList(NAME_STATUSES),
		form: oneOfList(MATCH_FORMS),
		system: { type: ['string', 'null'], enum: [...SYSTEMS, null] },
		text: string
	}),
	SearchResultEntry: object({
		slug: string,
		english: string,
		glossKo: string,
		south: arrayOf(ref('Name')),
		north: arrayOf(ref('Name')),
		url: { type: 'string', format: 'uri' }
	}),
	SearchResult: object({
		slug: string,
		score: { type: 'number' },
		matched: ref('SearchMatch'),
		entry: ref('SearchResultEntry')
	}),
	Question: object({ term: string, side: oneOfList(SIDES) }),
	Answer: object({ term: string, side: oneOfList(SIDES), slug: string, names: arrayOf(string) }),
	Propose: object({
		field: oneOfList(PROPOSE_FIELDS),
		value: string,
		href: { type: 'string', format: 'uri' }
	}),
	SearchResponse: object({
		query: string,
		question: nullable('Question'),
		answer: nullable('Answer'),
		results: arrayOf(ref('SearchResult')),
		closest: arrayOf(ref('SearchResult')),
		propose: nullable('Propose')
	}),
	NamedEntry: object({ slug: string, english: string, side: oneOfList(NAME_SIDES) }),
	NamesResponse: object({ hangul: string, entries: arrayOf(ref('NamedEntry')) }),
	RomanizeResponse: object({
		text: string,
		system: oneOfList(SYSTEMS),
		kind: oneOfList(KINDS),
		romanization: string,
		pronunciation: string,
		ipa: string
	}),
	DecodeRequest: {
		...object({
			text: { type: 'string', description: 'Korean text, 1 to 5,000 characters.' },
			from: {
				type: 'string',
				enum: SIDES,
				description: 'Read the text as this standard; detected when left out.'
			}
		}),
		required: ['text']
	},
	FalseFriend: object({
		slug: string,
		english: string,
		glossKo: string,
		side: oneOfList(SIDES),
		counterparts: arrayOf(string)
	}),
	DecodeMatch: object({
		text: string,
		start: { ...integer, description: 'Offset in UTF-16 code units of the text.' },
		end: integer,
		slug: string,
		english: string,
		glossKo: string,
		side: oneOfList(NAME_SIDES),
		counterparts: arrayOf(string),
		falseFriend: nullable('FalseFriend'),
		why: ref('Why')
	}),
	DecodeConversion: object({
		text: string,
		start: integer,
		end: integer,
		to: string,
		rule: oneOfList(SPELLING_RULES)
	}),
	Evidence: object({
		text: string,
		standard: oneOfList(SIDES),
		basis: oneOfList(['glossary', 'rule'])
	}),
	Detection: object({
		standard: { type: ['string', 'null'], enum: [...SIDES, null] },
		evidence: arrayOf(ref('Evidence'))
	}),
	DecodeResponse: object({
		from: oneOfList(SIDES),
		detected: ref('Detection'),
		matches: arrayOf(ref('DecodeMatch')),
		conversions: arrayOf(ref('DecodeConversion')),
		converted: string
	}),
	Licence: object({ name: string, url: string, attribution: string }),
	ExportDocument: object({
		licence: ref('Licence'),
		attribution: { type: 'string', description: 'The line to print where the data is reused.' },
		source: string,
		generated: { type: 'string', format: 'date-time' },
		count: integer,
		entries: arrayOf(ref('Entry'))
	})
};

const badParameter: EndpointSpec['errors'][number] = {
	status: 400,
	description: {
		en: 'A parameter is missing or not valid.',
		ko: '매개변수가 없거나 올바르지 않습니다.'
	}
};

const limitOffset = (max: number, fallback: number): ParameterSpec[] => [
	{
		name: 'limit',
		in: 'query',
		required: false,
		description: { en: 'How many entries to return.', ko: '돌려줄 항목 수.' },
		schema: { type: 'integer', minimum: 1, maximum: max, default: fallback }
	},
	{
		name: 'offset',
		in: 'query',
		required: false,
		description: { en: 'How many entries to skip.', ko: '건너뛸 항목 수.' },
		schema: { type: 'integer', minimum: 0, default: 0 }
	}
];

const filter = (name: string, list: readonly string[], text: Text): ParameterSpec => ({
	name,
	in: 'query',
	required: false,
	description: text,
	schema: oneOfList(list)
});

export const ENDPOINTS: EndpointSpec[] = [
	{
		path: '/api/v1/entries',
		method: 'get',
		operationId: 'listEntries',
		summary: { en: 'List entries', ko: '항목 목록' },
		description: {
			en: 'Approved entries, in full, a window at a time; the answer has total, limit, offset and entries.',
			ko: '승인된 항목 전체 내용을 한 번에 일정 개수씩 돌려줍니다. 응답에는 total, limit, offset, entries가 있습니다.'
		},
		parameters: [
			...limitOffset(100, 50),
			filter('category', CATEGORIES, { en: 'Only this category.', ko: '이 갈래만.' }),
			filter('difference', DIFFERENCES, {
				en: 'Only this kind of difference.',
				ko: '이 차이 유형만.'
			}),
			filter('region', REGIONS, { en: 'Only dishes of this region.', ko: '이 지역 음식만.' }),
			filter('confidence', CONFIDENCES, { en: 'Only this confidence.', ko: '이 확실성만.' }),
			{
				...filter('sort', SORTS, { en: 'Order of the list.', ko: '목록 순서.' }),
				schema: { ...oneOfList(SORTS), default: 'south' }
			}
		],
		response: { type: 'json', schema: 'EntryList' },
		errors: [badParameter],
		examples: {
			ok: '/api/v1/entries?limit=5&category=noodles&difference=initial-sound-law',
			error: '/api/v1/entries?limit=0'
		}
	},
	{
		path: '/api/v1/entries/{slug}',
		method: 'get',
		operationId: 'getEntry',
		summary: { en: 'One entry', ko: '항목 하나' },
		description: {
			en: 'One entry by its slug: names on each side with status, hanja, pronunciation, the four romanizations and sources; related entries and photos.',
			ko: '슬러그로 찾은 항목 하나: 양쪽 이름과 상태, 한자, 발음, 네 가지 로마자 표기, 출처, 관련 항목과 사진.'
		},
		parameters: [
			{
				name: 'slug',
				in: 'path',
				required: true,
				description: {
					en: 'The entry’s slug, as in its page address.',
					ko: '항목 주소에 쓰인 슬러그.'
				},
				schema: string,
				example: 'naengmyeon'
			}
		],
		response: { type: 'json', schema: 'Entry' },
		errors: [
			{
				status: 404,
				description: { en: 'No entry has this slug.', ko: '이 슬러그의 항목이 없습니다.' }
			}
		],
		examples: { ok: '/api/v1/entries/naengmyeon', error: '/api/v1/entries/nothing-here' }
	},
	{
		path: '/api/v1/search',
		method: 'get',
		operationId: 'search',
		summary: { en: 'Search', ko: '검색' },
		description: {
			en: 'Search in Hangul, any romanization or English; ranked results. When nothing matches, closest holds the nearest entries (empty when none is close) and propose the /contribute link with the word in its field (south, north or english).',
			ko: '한글, 로마자 표기, 영어로 검색하고 순위를 매긴 결과를 돌려줍니다. 맞는 항목이 없으면 closest에 가장 비슷한 항목을(비슷한 것이 없으면 빈 목록), propose에 낱말을 알맞은 칸(south, north, english)에 채운 /contribute 링크를 담습니다.'
		},
		parameters: [
			{
				name: 'q',
				in: 'query',
				required: true,
				description: { en: 'What to look for (up to 100 characters).', ko: '찾을 말(100자까지).' },
				schema: string,
				example: 'raengmyon'
			},
			{
				name: 'limit',
				in: 'query',
				required: false,
				description: { en: 'How many results to return.', ko: '돌려줄 결과 수.' },
				schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 }
			}
		],
		response: { type: 'json', schema: 'SearchResponse' },
		errors: [badParameter],
		examples: { ok: '/api/v1/search?q=raengmyon&limit=5', error: '/api/v1/search' }
	},
	{
		path: '/api/v1/names',
		method: 'get',
		operationId: 'entriesWithName',
		summary: { en: 'Entries with a name', ko: '이름이 같은 항목' },
		description: {
			en: 'Which entries already have a name written exactly so, and on which side. The proposal form uses it to warn of a duplicate.',
			ko: '똑같이 적힌 이름이 이미 있는 항목과 그 이름이 쓰이는 쪽을 돌려줍니다. 제안 양식이 중복을 알릴 때 씁니다.'
		},
		parameters: [
			{
				name: 'hangul',
				in: 'query',
				required: true,
				description: {
					en: 'The name: Hangul syllables and spaces.',
					ko: '이름: 한글 음절과 띄어쓰기.'
				},
				schema: string,
				example: '랭면'
			},
			{
				name: 'except',
				in: 'query',
				required: false,
				description: {
					en: 'An entry id to leave out (the entry being edited).',
					ko: '빼고 볼 항목 번호(고치고 있는 항목).'
				},
				schema: integer
			}
		],
		response: { type: 'json', schema: 'NamesResponse' },
		errors: [badParameter],
		examples: { ok: '/api/v1/names?hangul=%EB%9E%AD%EB%A9%B4', error: '/api/v1/names?hangul=abc' },
		examplesLang: 'ko-KP'
	},
	{
		path: '/api/v1/romanize',
		method: 'get',
		operationId: 'romanize',
		summary: { en: 'Romanize', ko: '로마자 표기' },
		description: {
			en: 'Pronunciation and romanization of any Korean text.',
			ko: '한국어 글의 발음과 로마자 표기.'
		},
		parameters: [
			{
				name: 'text',
				in: 'query',
				required: true,
				description: { en: 'Korean text (up to 200 characters).', ko: '한국어 글(200자까지).' },
				schema: string,
				example: '평양냉면'
			},
			{
				name: 'system',
				in: 'query',
				required: false,
				description: { en: 'Romanization system.', ko: '로마자 표기 체계.' },
				schema: { ...oneOfList(SYSTEMS), default: 'rr' }
			},
			{
				name: 'kind',
				in: 'query',
				required: false,
				description: { en: 'What the text is.', ko: '글의 종류.' },
				schema: { ...oneOfList(KINDS), default: 'word' }
			}
		],
		response: { type: 'json', schema: 'RomanizeResponse' },
		errors: [badParameter],
		examples: {
			ok: '/api/v1/romanize?text=%ED%8F%89%EC%96%91%EB%83%89%EB%A9%B4&system=dprk&kind=word',
			error: '/api/v1/romanize?text=%EB%83%89&system=klingon'
		},
		examplesLang: 'ko-KR'
	},
	{
		path: '/api/v1/decode',
		method: 'post',
		operationId: 'decode',
		summary: { en: 'Decode a menu', ko: '차림표 풀이' },
		description: {
			en: 'Marks every glossary word in a Korean text from either Korea (inside compounds and before particles), warns of false friends, converts words that follow a spelling rule, detects the standard the text is in, and rewrites it in the other one. Offsets are in UTF-16 code units.',
			ko: '남북 어느 쪽 한국어 글이든 용어집의 낱말을 모두 찾아(합성어 안과 조사 앞도) 표시하고, 뜻이 다른 같은 말을 알리며, 맞춤법 규칙을 따르는 낱말을 바꾸고, 글의 표기가 어느 쪽인지 판별해 다른 쪽 표기로 고쳐 씁니다. 위치는 UTF-16 부호 단위입니다.'
		},
		parameters: [],
		body: {
			schema: 'DecodeRequest',
			example: { text: '평양랭면과 닭알말이', from: 'north' },
			error: { text: '' }
		},
		response: { type: 'json', schema: 'DecodeResponse' },
		errors: [
			{
				status: 400,
				description: {
					en: 'The body is not JSON, the text is empty or over 5,000 characters, or from is neither north nor south.',
					ko: '본문이 JSON이 아니거나, 글이 비었거나 5,000자를 넘거나, from이 north도 south도 아닙니다.'
				}
			}
		],
		examples: { ok: '/api/v1/decode' },
		examplesLang: 'ko-KP'
	},
	{
		path: '/api/v1/export.json',
		method: 'get',
		operationId: 'exportJson',
		summary: { en: 'Whole glossary, JSON', ko: '용어집 전체(JSON)' },
		description: {
			en: 'The whole glossary in one JSON document: licence, attribution line, count and every approved entry, each in the same shape as a single entry from the API.',
			ko: '용어집 전체를 담은 JSON 문서 하나: 이용 조건, 출처 표시 문구, 개수, 그리고 모든 승인된 항목(API의 항목 하나와 같은 모양).'
		},
		parameters: [],
		response: { type: 'json', schema: 'ExportDocument' },
		errors: [],
		examples: { ok: '/api/v1/export.json' }
	},
	{
		path: '/api/v1/export.csv',
		method: 'get',
		operationId: 'exportCsv',
		summary: {
			en: 'Whole glossary, CSV, one row per name',
			ko: '용어집 전체(CSV, 이름마다 한 행)'
		},
		description: {
			en: 'The whole glossary as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel shows Hangul, CRLF line ends): a header row, then one row per name and side, with romanizations, sources and the licence. A name both Koreas write alike has a row for each side.',
			ko: '용어집 전체를 CSV로(RFC 4180, 엑셀에서 한글이 깨지지 않도록 BOM을 붙인 UTF-8, CRLF 줄 끝): 머리 행 다음에 이름과 쪽마다 한 행씩, 로마자 표기와 출처, 이용 조건을 담습니다. 남북이 똑같이 쓰는 이름은 쪽마다 한 행씩 있습니다.'
		},
		parameters: [],
		response: { type: 'csv', columns: CSV_COLUMNS },
		errors: [],
		examples: { ok: '/api/v1/export.csv' }
	},
	{
		path: '/api/v1/export-pairs.csv',
		method: 'get',
		operationId: 'exportPairsCsv',
		summary: {
			en: 'Whole glossary, CSV, one row per South–North pair',
			ko: '용어집 전체(CSV, 남북 이름 쌍마다 한 행)'
		},
		description: {
			en: 'The same form as export.csv, one row per South–North pair: every Southern name of an entry beside every Northern one, with the gloss in both languages, why, the kind of difference, category, confidence and the sources of either name.',
			ko: 'export.csv와 같은 형식으로, 남북 이름 쌍마다 한 행씩 담습니다. 항목의 남쪽 이름 하나하나를 북쪽 이름 하나하나와 짝지어 두 언어 풀이, 이름이 다른 까닭, 차이 유형, 갈래, 확실성, 두 이름의 출처를 적습니다.'
		},
		parameters: [],
		response: { type: 'csv', columns: PAIR_CSV_COLUMNS },
		errors: [],
		examples: { ok: '/api/v1/export-pairs.csv' }
	}
];

function operation(e: EndpointSpec) {
	const errors = Object.fromEntries(
		e.errors.map((err) => [
			String(err.status),
			{
				description: err.description.en,
				content: { 'application/json': { schema: ref('Error') } }
			}
		])
	);
	const ok =
		e.response.type === 'json'
			? { 'application/json': { schema: ref(e.response.schema) } }
			: {
					'text/csv': {
						schema: {
							type: 'string',
							description: `Columns: ${e.response.columns.join(', ')}.`
						}
					}
				};
	return {
		operationId: e.operationId,
		...(e.body
			? {
					requestBody: {
						required: true,
						content: {
							'application/json': { schema: ref(e.body.schema), example: e.body.example }
						}
					}
				}
			: {}),
		summary: e.summary.en,
		description: e.description.en,
		parameters: e.parameters.map((p) => ({
			name: p.name,
			in: p.in,
			required: p.required,
			description: p.description.en,
			schema: p.schema,
			...(p.example === undefined ? {} : { example: p.example })
		})),
		responses: { '200': { description: 'OK', content: ok }, ...errors },
		// A POST's examples carry their bodies: the e2e test sends them, /api shows them.
		'x-examples': e.body
			? { ...e.examples, okBody: e.body.example, errorBody: e.body.error }
			: e.examples
	};
}

/** The OpenAPI 3.1 document for a server at `origin`. */
export function openApiDocument(origin: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Nambuk Menu API',
			version: '1',
			description:
				'North (문화어) and South (표준어) Korean food words, read-only. No key is needed; please keep to a few requests a second. GET answers carry Access-Control-Allow-Origin: *. Every link in a response is absolute.',
			license: {
				name: 'CC BY-SA 4.0 (data)',
				url: 'https://creativecommons.org/licenses/by-sa/4.0/'
			}
		},
		servers: [{ url: origin }],
		paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, { [e.method]: operation(e) }])),
		components: { schemas: SCHEMAS }
	};
}
