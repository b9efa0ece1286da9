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
	let first = true;
	return (input: HTMLInputElement) => {
		const value = get();
		if (first) {
			first = false;
			return;
		}
		if (input.value !== value) input.value = value;
	};
}

/** The same for radios and checkboxes. */
export function syncChecked(get: () => boolean) {
	let first = true;
	return (input: HTMLInputElement) => {
		const checked = get();
		if (first) {
			first = false;
			return;
		}
		if (input.checked !== checked) input.checked = checked;
	};
}
