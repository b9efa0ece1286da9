// The entry of the API's Node bundle (scripts/build-api.js writes it to build/api/index.js):
// the production server's fast path, and the engine's exports for the benchmark's bare
// node:http server, which must score with exactly the code the app serves, and the catalog's
// ranking for the benchmark's in-process figures.
export { createNodeApi, parseByteSize, type NodeApiOptions } from './node';
export { assess, parseRequest } from './engine';
export { recommend } from './recommend';
