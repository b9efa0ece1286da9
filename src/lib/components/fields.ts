/** Ids for form fields: names are dot paths (`shoes.0.heelDropMm`), ids avoid the dots. */
export const fieldId = (name: string) => `f-${name.replaceAll('.', '-')}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;

export type Errors = Record<string, string>;
