// The one module of the API that imports the scoring engine and its schema. Every other API
// module, the OpenAPI document and the Node bundle (and through it the benchmark's bare
// server) take them from here, so moving the engine changes this file only. The schema passes
// through whole: each user names what it takes in its own import, and only there.
export { assess } from '$lib/risk/assess';
export { rank, type Candidate, type Ranking } from '$lib/risk/rank';
export * from '$lib/risk/schema';
