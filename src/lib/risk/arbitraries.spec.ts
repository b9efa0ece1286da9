import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedRequestArb, requestArb } from './arbitraries';
import { parseRequest } from './schema';

const RUNS = { numRuns: 300 };

describe('the request arbitraries', () => {
	it('generates only requests the schema accepts unchanged', () => {
		fc.assert(
			fc.property(requestArb, (req) => {
				expect(parseRequest(req)).toEqual({ ok: true, value: req });
			}),
			RUNS
		);
	});

	it('generates requests as the schema outputs them: parsing them again changes nothing', () => {
		fc.assert(
			fc.property(parsedRequestArb, (req) => {
				expect(parseRequest(req)).toEqual({ ok: true, value: req });
				for (const shoe of req.shoes) expect(shoe.name).toBe(shoe.name.trim());
			}),
			RUNS
		);
	});
});
