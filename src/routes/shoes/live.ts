/**
 * The catalog form's live update, its DOM parts: what the form asks for, whether the runner
 * changed it before the script ran, and keeping a field in step with the server's answer.
 */
import { syncValue } from '$lib/form/field-id';

/** The form as a query string, blanks and the page left out (a new filter starts at page 1). */
export function formQuery(form: HTMLFormElement): string {
	const entries = [...new FormData(form)].filter(
		(e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''
	);
	return new URLSearchParams(entries).toString();
}

/**
 * Whether the runner changed a control since the server painted the form, that is before the
 * script ran: each control against its default, the state the server's HTML gave it. Comparing
 * the form with the address instead would mistake a value the server refused (so left out of
 * the form, and named in a note) for a change, and reload the list without it: the note on it
 * would go before anyone read it.
 */
export function changedSincePaint(form: HTMLFormElement): boolean {
	for (const el of form.elements) {
		if (el instanceof HTMLSelectElement) {
			// a single select with no option marked selected starts on its first one
			const initial = Math.max(
				[...el.options].findLastIndex((o) => o.defaultSelected),
				el.options.length > 0 ? 0 : -1
			);
			if (el.selectedIndex !== initial) return true;
		} else if (el instanceof HTMLInputElement) {
			const changed =
				el.type === 'checkbox' || el.type === 'radio'
					? el.checked !== el.defaultChecked
					: el.value !== el.defaultValue;
			if (changed) return true;
		}
	}
	return false;
}

/**
 * Like syncValue, but never under the runner's fingers: a reply to an older query arriving
 * while they type on must not put back what they had typed before.
 */
export function keep(get: () => string) {
	const sync = syncValue(get);
	return (el: HTMLInputElement) => {
		if (document.activeElement === el) {
			get();
			return;
		}
		sync(el);
	};
}
