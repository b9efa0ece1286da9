/** Ids for form fields: names are dot paths (`shoes.0.heelDropMm`), ids avoid the dots. */
export const fieldId = (name: string) => `f-${name.replaceAll('.', '-')}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const noteId = (name: string) => `${fieldId(name)}-note`;

export type Errors = Record<string, string>;

/**
 * Keep an input in step with the form's values after hydration, without the hydration
 * itself overwriting what a runner typed before the scripts arrived (the server-rendered
 * `defaultValue` covers the first paint). Later changes (a unit switch, a reload of the
 * server's values) are pushed into the input.
 */
export function syncValue(get: () => string) {
	return syncProperty('value', get);
}

/** The same for radios and checkboxes. */
export function syncChecked(get: () => boolean) {
	return syncProperty('checked', get);
}

function syncProperty<K extends 'value' | 'checked'>(key: K, get: () => HTMLInputElement[K]) {
	let first = true;
	return (input: HTMLInputElement) => {
		const wanted = get();
		if (first) {
			first = false;
			return;
		}
		if (input[key] !== wanted) input[key] = wanted;
	};
}
