// The part of autocannon 9's API the bench uses (the package ships no types).
declare module 'autocannon' {
	export interface Options {
		url: string;
		method?: 'GET' | 'POST';
		headers?: Record<string, string>;
		body?: string;
		connections?: number;
		/** seconds */
		duration?: number;
		/** seconds */
		timeout?: number;
	}
	export interface Result {
		requests: { average: number };
		/** milliseconds */
		latency: { p50: number; p99: number };
		errors: number;
		timeouts: number;
		non2xx: number;
	}
	export default function autocannon(options: Options): Promise<Result>;
}
