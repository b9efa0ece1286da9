import { describe, expect, it } from 'vitest';
import { zipSync, gzipSync } from 'fflate';
import { ARCHIVE_LIMITS, Budget, gunzip, readZip } from './archive';
import { file, zip } from './fixtures/build';

const small = { entries: 5, fileBytes: 1024 * 1024, totalBytes: 3 * 1024 * 1024 };
const all = () => true;

/** Writes `size` into every size field of a zip's local and central headers: a lying archive. */
function declareSizes(bytes: Uint8Array, size: number): Uint8Array {
	const out = bytes.slice();
	const view = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++) {
		const sig = view.getUint32(i, true);
		if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
		if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
	}
	return out;
}

describe('readZip: counted while inflating, never trusting the headers', () => {
	it('reads the wanted entries and passes over the rest without unpacking them', async () => {
		const photo = new Uint8Array(2 * 1024 * 1024).fill(7);
		const archive = zip({
			'activities.csv': 'a,b\n',
			'media/photo.jpg': photo,
			'activities/1.gpx': '<gpx/>'
		});
		const budget = new Budget(small);
		const z = await readZip(
			file('export.zip', archive),
			'export.zip',
			(n) => !n.startsWith('media/'),
			budget
		);
		expect([...z.files.keys()].sort()).toEqual(['activities.csv', 'activities/1.gpx']);
		expect(z.entries).toBe(3);
		expect(budget.used).toBe(4 + 6);
	});

	it('stops at an entry that unpacks past the per-file cap, though its header says 10 bytes', async () => {
		const bomb = declareSizes(
			zip({ 'activities/bomb.fit': new Uint8Array(small.fileBytes + 1) }),
			10
		);
		await expect(
			readZip(file('bomb.zip', bomb), 'bomb.zip', all, new Budget(small))
		).rejects.toThrow(
			'activities/bomb.fit unpacks to more than 1 MB: too large for an activity, so it was not read (it may be a zip bomb).'
		);
	});

	it('stops when everything together unpacks past the total cap', async () => {
		const parts: Record<string, Uint8Array> = {};
		for (let i = 0; i < 4; i++) parts[`activities/${i}.fit`] = new Uint8Array(small.fileBytes - 10);
		await expect(
			readZip(file('big.zip', zip(parts)), 'big.zip', all, new Budget(small))
		).rejects.toThrow(/unpack to more than 3 MB in all, so reading stopped/);
	});

	it('refuses an archive with more entries than the cap', async () => {
		const parts: Record<string, string> = {};
		for (let i = 0; i < 6; i++) parts[`f${i}.txt`] = 'x';
		await expect(
			readZip(file('many.zip', zip(parts)), 'many.zip', all, new Budget(small))
		).rejects.toThrow(
			'The archive many.zip has more than 5 files, so it was not read (it may be a zip bomb).'
		);
	});

	it('an archive cut short keeps the entries before the cut and says so', async () => {
		const whole = zip({
			'a.gpx': 'x'.repeat(1000),
			'b.gpx': new Uint8Array(50_000).map((_, i) => (i * 7919) % 251)
		});
		const cut = whole.subarray(0, Math.floor(whole.length * 0.7));
		const z = await readZip(file('cut.zip', cut), 'cut.zip', all, new Budget(small));
		expect([...z.files.keys()]).toEqual(['a.gpx']);
		expect(z.errors.get('cut.zip')).toMatch(/cut short/);
	});

	it('a file that only starts like a zip is refused as damaged', async () => {
		const junk = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
		await expect(
			readZip(file('junk.zip', junk), 'junk.zip', all, new Budget(small))
		).rejects.toThrow(/damaged or cut short: nothing in it could be read/);
	});

	it('the default caps are what the page tells runners', () => {
		expect(ARCHIVE_LIMITS).toEqual({
			entries: 50_000,
			fileBytes: 256 * 1024 * 1024,
			totalBytes: 1024 ** 3
		});
		expect(zipSync).toBeTypeOf('function');
	});
});

describe('gunzip', () => {
	it('unpacks, and stops a gzip bomb by counting its output', () => {
		expect(
			new TextDecoder().decode(
				gunzip(gzipSync(new TextEncoder().encode('hello')), 'x.gz', new Budget(small))
			)
		).toBe('hello');
		const bomb = gzipSync(new Uint8Array(small.fileBytes * 2));
		expect(bomb.length).toBeLessThan(5000);
		expect(() => gunzip(bomb, 'bomb.fit.gz', new Budget(small))).toThrow(
			/unpacks to more than 1 MB/
		);
	});

	it('says a cut gzip is damaged', () => {
		const whole = gzipSync(new Uint8Array(20_000).map((_, i) => (i * 31) % 256));
		expect(() => gunzip(whole.subarray(0, 100), 'x.gpx.gz', new Budget(small))).toThrow(
			/damaged or cut-short gzip/
		);
	});
});
