/**
 * The share fragment of the current address, decoded and assessed in the browser. The answers
 * sit after the `#`, which browsers never send, so only this code (never the server) reads them.
 */
import { decodeShare, type Shared } from './share';
import { assess } from '../risk/assess';
import type { Assessment } from '../risk/schema';

export type SharedView =
	| { state: 'waiting' }
	| { state: 'empty' }
	| { state: 'error'; message: string }
	| { state: 'ok'; shared: Shared; assessment: Assessment; fragment: string };

export function readFragment(hash: string): SharedView {
	const fragment = hash.replace(/^#/, '');
	if (fragment === '') return { state: 'empty' };
	const decoded = decodeShare(fragment);
	if (!decoded.ok) return { state: 'error', message: decoded.message };
	return {
		state: 'ok',
		shared: decoded.value,
		// In the sender's units, as the report lists the shoes; metric when the link has none.
		assessment: assess(decoded.value.request, decoded.value.units),
		fragment
	};
}

/** Follows the address: a link pasted into the same tab (only the hash changes) is read too. */
export class SharedLink {
	view = $state.raw<SharedView>({ state: 'waiting' });

	/** Call from onMount; returns the cleanup. */
	start(): () => void {
		const update = () => (this.view = readFragment(location.hash));
		update();
		addEventListener('hashchange', update);
		return () => removeEventListener('hashchange', update);
	}
}
