// The one module of the API that imports the scoring engine and its schema. Every other API
// module, the OpenAPI document and the Node bundle (and through it the benchmark's bare
// server) take them from here, so moving the engine changes this file only.
export { assess } from '$lib/risk/assess';
export { rank, type Candidate, type Ranking } from '$lib/risk/rank';
export {
	AssessRequestSchema,
	AssessResponseSchema,
	BANDS,
	FactorScoreSchema,
	FindingSchema,
	RunnerSchema,
	SharpenSchema,
	ShoeResultSchema,
	ShoeSchema,
	TipSchema,
	TriageSchema,
	parseRequest,
	parseWith
} from '$lib/risk/schema';
export type { AssessRequest, Assessment, FieldError, ParseResult } from '$lib/risk/schema';
