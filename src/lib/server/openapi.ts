import * as v from 'valibot';
import { toJsonSchemaDefs, type ConversionConfig } from '@valibot/to-json-schema';
import {
	AssessRequestSchema,
	AssessResponseSchema,
	FactorScoreSchema,
	FindingSchema,
	RunnerSchema,
	SharpenSchema,
	ShoeResultSchema,
	ShoeSchema,
	TipSchema,
	TriageSchema
} from './api/engine';
import { CatalogShoeSchema, LabSchema, StatedSchema } from '$lib/catalog/schema';
import {
	DIRECTIONS,
	LIMIT,
	OFFSET_MAX,
	QUERY_MAX_LENGTH,
	RANGES,
	SORTS,
	WIDTH_FILTERS
} from '$lib/catalog/query';
import { PLATES, SUPPORTS } from '$lib/catalog/schema';
import { FiltersSchema } from '$lib/catalog/filters';
import { RankedShoeSchema, RecommendRequestSchema, RecommendResponseSchema } from './api/recommend';
import { license, version } from '../../../package.json';

const ErrorSchema = v.object({ error: v.string() });
const ValidationErrorsSchema = v.object({
	errors: v.array(v.object({ path: v.string(), message: v.string() }))
});
const ShoeListSchema = v.object({
	total: v.pipe(v.number(), v.integer(), v.description('Shoes matching every filter')),
	shoes: v.array(CatalogShoeSchema)
});

/** Component name → valibot schema; the document is generated from these, never copied. */
const definitions = {
	AssessRequest: AssessRequestSchema,
	Runner: RunnerSchema,
	Shoe: ShoeSchema,
	Assessment: AssessResponseSchema,
	Triage: TriageSchema,
	ShoeResult: ShoeResultSchema,
	FactorScore: FactorScoreSchema,
	Finding: FindingSchema,
	Tip: TipSchema,
	Sharpen: SharpenSchema,
	Error: ErrorSchema,
	ValidationErrors: ValidationErrorsSchema,
	ShoeList: ShoeListSchema,
	CatalogShoe: CatalogShoeSchema,
	LabFigures: LabSchema,
	StatedFigures: StatedSchema,
	RecommendRequest: RecommendRequestSchema,
	CatalogFilters: FiltersSchema,
	Recommendation: RecommendResponseSchema,
	RankedShoe: RankedShoeSchema
};

const config: ConversionConfig = {
	// OpenAPI 3.1's schema dialect is JSON Schema 2020-12.
	target: 'draft-2020-12',
	definitions,
	overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
	overrideAction: ({ valibotAction, jsonSchema }) => {
		switch (valibotAction.type) {
			// JSON cannot spell NaN or Infinity, so every JSON number is already finite.
			case 'finite':
				return jsonSchema;
			// Surrounding whitespace is removed before the length limits apply.
			case 'trim':
				return { ...jsonSchema, description: 'Trimmed before the length limits apply' };
			// The contract's checks: each red flag at most once (an array); a filter's lower bound
			// at most its upper one (an object).
			case 'check':
				return jsonSchema.type === 'array'
					? { ...jsonSchema, uniqueItems: true }
					: {
							...jsonSchema,
							description: 'minDrop must not be more than maxDrop, nor minStack more than maxStack'
						};
			// The only `transform`: a retired red-flag id is read as its current one.
			case 'transform':
				return {
					...jsonSchema,
					description:
						'numb-cold-foot is retired: it is accepted and read as cold-pale-foot (an emergency)'
				};
			// Catalog addresses: every one is https.
			case 'starts_with':
				return {
					...jsonSchema,
					pattern: `^${(valibotAction as v.StartsWithAction<string, string, undefined>).requirement}`
				};
			default:
				return undefined;
		}
	}
};

const schemas = toJsonSchemaDefs(definitions, config);

const ref = (name: keyof typeof definitions) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (description: string, name: keyof typeof definitions) => ({
	description,
	content: { 'application/json': { schema: ref(name) } }
});

/** GET /api/shoes's query, from the same constants its parser reads. */
function shoeParameters() {
	const query = (name: string, description: string, schema: object) => ({
		name,
		in: 'query',
		required: false,
		description,
		schema
	});
	const range = (name: keyof typeof RANGES, description: string) => {
		const { min, max, unit } = RANGES[name];
		return query(name, `${description} (${unit})`, { type: 'number', minimum: min, maximum: max });
	};
	return [
		query('q', 'Name or brand; each word must match, typos forgiven', {
			type: 'string',
			maxLength: QUERY_MAX_LENGTH
		}),
		query('current', 'true: only models still sold (not discontinued in RunRepeat’s file)', {
			type: 'boolean',
			default: true
		}),
		range('minDrop', 'Lab drop at least'),
		range('maxDrop', 'Lab drop at most'),
		range('minToeBox', 'Lab toe-box width at its widest, current method, at least'),
		range('minStack', 'Lab heel stack at least'),
		range('maxStack', 'Lab heel stack at most'),
		range('maxWeight', 'Lab weight at most'),
		query('support', 'RunRepeat’s arch-support label', { type: 'string', enum: [...SUPPORTS] }),
		query('plate', 'RunRepeat’s plate label', { type: 'string', enum: [...PLATES] }),
		query('width', 'Offered in this width', { type: 'string', enum: [...WIDTH_FILTERS] }),
		query('sort', 'Order (unknown values last); by default best match, else name', {
			type: 'string',
			enum: [...SORTS]
		}),
		query('dir', 'Direction of the order', {
			type: 'string',
			enum: [...DIRECTIONS],
			default: 'asc'
		}),
		query('limit', 'Shoes per answer', {
			type: 'integer',
			minimum: LIMIT.min,
			maximum: LIMIT.max,
			default: LIMIT.default
		}),
		query('offset', 'Shoes to skip', {
			type: 'integer',
			minimum: 0,
			maximum: OFFSET_MAX,
			default: 0
		})
	];
}

const allow = (methods: string) => ({
	Allow: {
		description: 'The methods this path answers',
		schema: { type: 'string', const: methods }
	}
});

/** The OpenAPI 3.1 document served at GET /api/openapi.json. */
/** How a JSON POST endpoint refuses a request; `example` is a dot path of its own body. */
const postRefusals = (example: string) => ({
	'400': jsonBody('The body is not JSON (a literal NaN included)', 'Error'),
	'405': { ...jsonBody('Any method but POST', 'Error'), headers: allow('POST') },
	'413': jsonBody('The body is over the server’s size limit', 'Error'),
	'415': jsonBody(
		'The Content-Type is not application/json (form types too, from any origin)',
		'Error'
	),
	'422': jsonBody(
		`The JSON breaks the schema; \`path\` is a dot path such as ${example}`,
		'ValidationErrors'
	)
});

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Stridecheck API',
		version,
		description:
			'Scores running shoes and a runner’s answers against the causes of calf (soleus) pain. ' +
			'Nothing sent is stored. The API’s own error answers are JSON.',
		// npm's UNLICENSED (a private package) grants no licence: SPDX spells a licence that is
		// not on its list as LicenseRef-…; any other value of package.json is an SPDX expression.
		license:
			license === 'UNLICENSED'
				? { name: 'All rights reserved', identifier: 'LicenseRef-All-Rights-Reserved' }
				: { name: license, identifier: license }
	},
	// Relative to where this document is served: the API is on the same origin as the app.
	servers: [{ url: '/', description: 'The origin that serves this document' }],
	// The API is public: no operation needs credentials.
	security: [],
	paths: {
		'/api/assess': {
			post: {
				operationId: 'assess',
				summary: 'Assess 1 to 6 shoes for one runner',
				requestBody: {
					required: true,
					content: { 'application/json': { schema: ref('AssessRequest') } }
				},
				responses: {
					'200': jsonBody('One result per shoe, the triage and the ranking', 'Assessment'),
					...postRefusals('shoes.0.heelDropMm')
				}
			}
		},
		'/api/shoes': {
			get: {
				operationId: 'shoes',
				summary:
					'The shoe catalog: RunRepeat’s lab-measured road shoes and the brands’ stated figures',
				description:
					'Lab figures are RunRepeat’s (runrepeat.com; credit and link the shoe’s `lab.source` ' +
					'wherever one is shown), measured on a men’s US 9. Toe-box widths are inner widths on ' +
					'two methods that are never compared: the retired one reads about 3–5 mm wider. A blank ' +
					'parameter counts as not given; each may be given once.',
				parameters: shoeParameters(),
				responses: {
					'200': jsonBody('The shoes matching every filter, one page of them', 'ShoeList'),
					'405': {
						...jsonBody('Any method but GET and HEAD', 'Error'),
						headers: allow('GET, HEAD')
					},
					'422': jsonBody(
						'A value of the wrong type, out of its range or not in its list; `path` is query.<name>',
						'ValidationErrors'
					)
				}
			}
		},
		'/api/recommend': {
			post: {
				operationId: 'recommend',
				summary: 'Rank the catalog for one runner: shoes for their calf',
				description:
					'Scores every catalog shoe that passes `filters` (the names, lists and ranges of ' +
					'GET /api/shoes’s query, as JSON types) with the same engine as /api/assess, lowest ' +
					'index first. The model scores many shoes the same: within one index shoes are ' +
					'ordered by `filters.sort` and `filters.dir` when given, else by name. Under urgent ' +
					'or emergency triage the answer carries the triage and no shoes.',
				requestBody: {
					required: true,
					content: { 'application/json': { schema: ref('RecommendRequest') } }
				},
				responses: {
					'200': jsonBody(
						'The best `limit` shoes, how many passed the filters and how many tie at the top',
						'Recommendation'
					),
					...postRefusals('runner.age or filters.support')
				}
			}
		},
		'/api/openapi.json': {
			get: {
				operationId: 'openapi',
				summary: 'This document',
				responses: {
					'200': {
						description: 'The OpenAPI 3.1 document',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									required: ['openapi', 'info', 'paths', 'components'],
									properties: {
										openapi: { type: 'string', const: '3.1.0' },
										info: { type: 'object' },
										paths: { type: 'object' },
										components: { type: 'object' }
									}
								}
							}
						}
					},
					'405': {
						...jsonBody('Any method but GET or HEAD', 'Error'),
						headers: allow('GET, HEAD')
					}
				}
			}
		}
	},
	components: { schemas }
};
