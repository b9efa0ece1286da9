import { describe, expect, it } from 'vitest';
import { FINDING_IDS, RED_FLAGS } from '$lib/risk/schema';
import { openApiDocument } from './openapi';

const schemas: Record<string, object> = openApiDocument.components.schemas;

describe('openApiDocument', () => {
	it('is OpenAPI 3.1 and documents every answer of POST /api/assess', () => {
		expect(openApiDocument.openapi).toBe('3.1.0');
		expect(Object.keys(openApiDocument.paths['/api/assess'].post.responses).sort()).toEqual([
			'200',
			'400',
			'405',
			'413',
			'415',
			'422'
		]);
	});

	it('is public, served from its own origin, and says under which licence', () => {
		expect(openApiDocument.security).toEqual([]);
		expect(openApiDocument.servers).toEqual([{ url: '/', description: expect.any(String) }]);
		expect(openApiDocument.info.license).toEqual({
			name: expect.any(String),
			identifier: expect.stringMatching(/^[A-Za-z0-9.+-]+$/)
		});
	});

	it('documents a 4xx answer for every operation (Redocly recommends one)', () => {
		for (const methods of Object.values(openApiDocument.paths)) {
			for (const operation of Object.values(methods)) {
				expect(Object.keys(operation.responses).some((s) => s.startsWith('4'))).toBe(true);
			}
		}
	});

	it.each([
		['request', 'AssessRequest', ['runner', 'shoes']],
		['shoe', 'Shoe', ['name', 'heelDropMm']],
		['response', 'Assessment', ['model', 'triage', 'results', 'ranking', 'sharpen']],
		['validation errors', 'ValidationErrors', ['errors']]
	])('generates the %s schema with its required fields', (_label, name, required) => {
		expect(schemas[name]).toHaveProperty('required', required);
	});

	it('keeps the contract strict and its limits', () => {
		expect(schemas.AssessRequest).toHaveProperty('additionalProperties', false);
		expect(schemas.Runner).toMatchObject({
			additionalProperties: false,
			properties: {
				restDaysPerWeek: { type: 'integer', minimum: 0, maximum: 7 },
				// The retired id is still accepted (and read as cold-pale-foot), and says so.
				redFlags: {
					uniqueItems: true,
					items: { enum: [...RED_FLAGS, 'numb-cold-foot'] },
					description: expect.stringContaining('read as cold-pale-foot')
				}
			}
		});
		expect(schemas.Shoe).toMatchObject({
			properties: { name: { minLength: 1, maxLength: 80 } }
		});
		expect(schemas.Finding).toMatchObject({ properties: { id: { enum: [...FINDING_IDS] } } });
	});

	it('embeds no JSON Schema dialect or local definitions of its own', () => {
		for (const schema of Object.values(schemas)) {
			expect(schema).not.toHaveProperty('$schema');
			expect(schema).not.toHaveProperty('$defs');
		}
	});

	it('points every $ref at a component that exists', () => {
		const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
		expect(refs.length).toBeGreaterThan(5);
		for (const r of refs) {
			const name = r.slice('"$ref":"#/components/schemas/'.length, -1);
			expect(Object.keys(schemas)).toContain(name);
		}
	});
});

describe('GET /api/shoes in the document', () => {
	const get = openApiDocument.paths['/api/shoes'].get;
	it('documents its answers and every query parameter its parser reads', () => {
		expect(Object.keys(get.responses).sort()).toEqual(['200', '405', '422']);
		expect(get.parameters.map((p) => p.name)).toEqual([
			'q',
			'current',
			'minDrop',
			'maxDrop',
			'minToeBox',
			'minStack',
			'maxStack',
			'maxWeight',
			'support',
			'plate',
			'width',
			'sort',
			'dir',
			'limit',
			'offset'
		]);
		expect(get.parameters.find((p) => p.name === 'limit')?.schema).toEqual({
			type: 'integer',
			minimum: 1,
			maximum: 100,
			default: 50
		});
	});

	it('generates the shoe record from the schema the server loads the catalog with', () => {
		expect(schemas.CatalogShoe).toMatchObject({
			additionalProperties: false,
			required: expect.arrayContaining(['id', 'brand', 'name', 'current', 'lab', 'stated']),
			properties: { released: { anyOf: expect.any(Array) } }
		});
		expect(schemas.ShoeList).toHaveProperty('required', ['total', 'shoes']);
	});
});
