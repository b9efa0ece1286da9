/**
 * Zip and gzip, read with fflate and never trusted: archive sizes are counted as the bytes come
 * out of the decompressor, not taken from the headers (a zip bomb declares small sizes), and the
 * input is fed in small slices so no single step can balloon. Entries that are not wanted are
 * passed over without being decompressed at all.
 */
import { Gunzip, Unzip, UnzipInflate, type UnzipDecoder } from 'fflate';
import { ImportError } from './parse/result';

export const ARCHIVE_LIMITS = {
	/** Entries an archive may list (a Strava export holds activities, photos and more). */
	entries: 50_000,
	/** Bytes one file may unpack to: far beyond a 24-hour FIT, GPX or TCX recording. */
	fileBytes: 256 * 1024 * 1024,
	/** Bytes an import may unpack in all, summed over every file and archive entry read. */
	totalBytes: 1024 * 1024 * 1024
} as const;

/** Slice size fed to a decompressor: with deflate's ~1000:1 limit one step makes at most ~16 MB. */
const SLICE = 16 * 1024;

const MiB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Counts unpacked bytes against the limits for one import. */
export class Budget {
	used = 0;
	constructor(
		readonly limits: Readonly<Record<keyof typeof ARCHIVE_LIMITS, number>> = ARCHIVE_LIMITS
	) {}
	take(bytes: number, fileSoFar: number, name: string) {
		this.used += bytes;
		if (fileSoFar > this.limits.fileBytes)
			throw new ImportError(
				`${name} unpacks to more than ${MiB(this.limits.fileBytes)}: too large for an activity, so it was not read (it may be a zip bomb).`
			);
		if (this.used > this.limits.totalBytes)
			throw new ImportError(
				`Your files unpack to more than ${MiB(this.limits.totalBytes)} in all, so reading stopped (an archive may be a zip bomb). Import fewer files at once.`
			);
	}
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
	if (chunks.length === 1) return chunks[0]!;
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function isZip(bytes: Uint8Array): boolean {
	// A local file header, or the end record of an empty archive.
	return (
		bytes.length >= 4 &&
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
	);
}

export function gunzip(bytes: Uint8Array, name: string, budget: Budget): Uint8Array {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const g = new Gunzip((chunk) => {
		size += chunk.length;
		budget.take(chunk.length, size, name);
		chunks.push(chunk);
	});
	try {
		for (let at = 0; at < bytes.length; at += SLICE) {
			g.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
		}
	} catch (e) {
		if (e instanceof ImportError) throw e;
		throw new ImportError(`${name} is a damaged or cut-short gzip file.`);
	}
	if (bytes.length === 0) throw new ImportError(`${name} is empty.`);
	return concat(chunks, size);
}

export interface ZipContents {
	/** The wanted entries, unpacked (a `.gz` entry stays gzipped), unless `onEntry` took them. */
	files: Map<string, Uint8Array>;
	/** Entries that could not be unpacked, with why. */
	errors: Map<string, string>;
	entries: number;
}

/** A decoder that drops an unwanted entry's bytes without decompressing them. */
class Skip implements UnzipDecoder {
	ondata: UnzipDecoder['ondata'] = () => {};
	push(_chunk: Uint8Array, final: boolean) {
		if (final) this.ondata(null, new Uint8Array(0), true);
	}
}

interface Source {
	size: number;
	stream(): ReadableStream<Uint8Array>;
}

/**
 * Streams a zip archive through fflate, unpacking only the entries `wanted` accepts.
 * `onFraction` gets the share of the archive read so far. With `onEntry`, each entry is handed
 * over as soon as it is unpacked and not kept, so a large archive never sits in memory whole;
 * an ImportError it throws for the whole import (a cap) stops the reading.
 */
export async function readZip(
	source: Source,
	name: string,
	wanted: (entry: string) => boolean,
	budget: Budget,
	onFraction: (f: number) => void = () => {},
	onEntry?: (entry: string, bytes: Uint8Array) => void
): Promise<ZipContents> {
	const files = new Map<string, Uint8Array>();
	const errors = new Map<string, string>();
	let entries = 0;
	// fflate's decoders catch what a callback throws and hand it to the next callback, so a cap
	// reached while inflating is kept here and thrown between pushes.
	let stop: ImportError | null = null;
	const unzip = new Unzip((file) => {
		entries++;
		if (entries > budget.limits.entries)
			throw new ImportError(
				`The archive ${name} has more than ${budget.limits.entries.toLocaleString('en-GB')} files, so it was not read (it may be a zip bomb).`
			);
		if (file.name.endsWith('/')) return;
		const want = wanted(file.name);
		if (file.compression !== 0 && file.compression !== 8) {
			// fflate reads only stored and deflated entries; others are left unstarted.
			if (want) errors.set(file.name, 'it is compressed in a way this page cannot read');
			return;
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		file.ondata = (err, chunk, final) => {
			if (!want || stop) return;
			if (err) {
				if (err instanceof ImportError) stop = err;
				else errors.set(file.name, 'it is damaged or compressed in a way this page cannot read');
				return;
			}
			size += chunk.length;
			try {
				budget.take(chunk.length, size, file.name);
			} catch (e) {
				stop = e as ImportError;
				return;
			}
			chunks.push(chunk);
			if (!final) return;
			const bytes = concat(chunks, size);
			chunks.length = 0;
			if (!onEntry) files.set(file.name, bytes);
			else {
				try {
					onEntry(file.name, bytes);
				} catch (e) {
					stop = e instanceof ImportError ? e : new ImportError(`${name} could not be read.`);
				}
			}
		};
		file.start();
	});
	// Every method goes through a decoder that skips unwanted entries undecompressed.
	const pick = (compression: number, make: () => UnzipDecoder) => {
		class Picked implements UnzipDecoder {
			static compression = compression;
			inner: UnzipDecoder;
			ondata: UnzipDecoder['ondata'] = () => {};
			constructor(entry: string) {
				this.inner = wanted(entry) ? make() : new Skip();
				this.inner.ondata = (err, data, final) => this.ondata(err, data, final);
			}
			push(chunk: Uint8Array, final: boolean) {
				this.inner.push(chunk, final);
			}
		}
		unzip.register(Picked);
	};
	pick(8, () => new UnzipInflate());
	pick(0, () => {
		const pass: UnzipDecoder = {
			ondata: () => {},
			push(chunk, final) {
				// fflate hands slices of the ArrayBuffers it was given; its type is narrower.
				pass.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
			}
		};
		return pass;
	});

	const reader = source.stream().getReader();
	let read = 0;
	let localHeader = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (read === 0) localHeader = value[2] === 3 && value[3] === 4;
			for (let at = 0; at < value.length; at += SLICE) {
				unzip.push(value.subarray(at, at + SLICE));
				if (stop) throw stop;
			}
			read += value.length;
			onFraction(source.size ? read / source.size : 1);
		}
		unzip.push(new Uint8Array(0), true);
		if (stop) throw stop;
		// It began with an entry's header, yet no entry could be read from it.
		if (entries === 0 && localHeader) throw new Error('no entry');
	} catch (e) {
		await reader.cancel().catch(() => {});
		if (e instanceof ImportError) throw e;
		if (files.size === 0)
			throw new ImportError(
				`The archive ${name} is damaged or cut short: nothing in it could be read.`
			);
		errors.set(name, 'the archive is damaged or cut short after this point');
	}
	return { files, errors, entries };
}
