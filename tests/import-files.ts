// Training files for the import's end-to-end tests and review pictures: made by the same
// builders as the unit tests (the FIT SDK's encoder, GPX 1.1 and TCX v2 to their schemas).
import { fitFile, gpxFile, tcxFile } from '../src/lib/import/fixtures/build';

/** A marker in every file: were any byte of the files sent anywhere, it would show. */
export const MARKER = 'stridecheck-e2e-private-track';

export interface Upload {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

export const upload = (name: string, data: Uint8Array | string): Upload => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
});

/**
 * Five weeks of 8 km runs on Tuesday, Thursday and Saturday and a 10 km long run on Sunday
 * (FIT files from the SDK's encoder, the Sundays as TCX), then a 14 km run on Tuesday 18 March
 * (GPX): 34 km a week, a 40% spike over the 30-day longest.
 */
export function history(): Upload[] {
	const out: Upload[] = [];
	for (let w = 0; w < 5; w++) {
		const monday = Date.parse('2025-02-10T07:00:00Z') + w * 7 * 86_400_000;
		for (const d of [1, 3, 5]) {
			const start = new Date(monday + d * 86_400_000).toISOString();
			out.push(upload(`run-${w}-${d}.fit`, fitFile({ start, km: 8, seconds: 2640 })));
		}
		const sunday = new Date(monday + 6 * 86_400_000).toISOString();
		out.push(upload(`long-${w}.tcx`, tcxFile({ start: sunday, km: 10, seconds: 3300 })));
	}
	out.push(
		upload(
			'spike.gpx',
			gpxFile({
				start: '2025-03-18T07:00:00Z',
				km: 14,
				seconds: 4800,
				type: 'running',
				creator: MARKER
			})
		)
	);
	return out;
}
