/**
 * One live form for the runner's questions and shoes, shared by /check and /compare: what is
 * typed (values), which fields the runner has left (touched), the errors to show, the request
 * they make, their units, the warning signs ticked, and the last valid result. Pages create one,
 * bind it to their <form>, and put it in context so that a field needs only its `name`.
 */
import { getContext, setContext, tick } from 'svelte';
import { assess } from '../risk/assess';
import type { AssessRequest, Assessment, FieldError, Triage } from '../risk/schema';
import { triage } from '../risk/triage';
import { parseUnits, type Units } from '../units';
import { isFlagField, type FormValues } from './fields';
import { liveErrors, parseForm, type FormParse } from './parse';
import { convertValues, flagsOf, unitsOf } from './values';

/** What a page gives the form: the server's fields, and a refused submission's errors. */
export interface FormSource {
	values: FormValues;
	errors?: readonly FieldError[] | null;
}

/** The result on show: the last valid answers, worded in the units they were typed in. */
export interface Shown {
	request: AssessRequest;
	assessment: Assessment;
	units: Units;
}

export interface LiveFormOptions {
	/** Fields that are the page's own controls (buttons, search boxes), never answers. */
	controls?: readonly string[];
	/** Called after every read of the form (to save, or to announce). */
	onread?: () => void;
	/** Called after a unit switch, with the new units. */
	onunits?: (units: Units) => void;
}

/** A light debounce: typing "12" computes once, not twice. */
const READ_DELAY_MS = 120;

export function evaluate(values: FormValues): Shown | null {
	const result = parseForm(values).result;
	const units = unitsOf(values);
	return result.ok
		? { request: result.value, assessment: assess(result.value, units), units }
		: null;
}

export class LiveForm {
	#options: LiveFormOptions;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** The <form> element, bound by the page. */
	element = $state<HTMLFormElement>();
	/**
	 * The form's id where some of its fields sit outside it (they name it in their `form`
	 * attribute, so they are still submitted and read with it).
	 */
	formId: string | undefined = undefined;
	/** Fields the runner has left since the page loaded: only their live errors show. */
	touched = $state<Record<string, true>>({});
	/**
	 * A line shown under a field about where its value came from ("from your files, 3 Mar – 27
	 * Apr"), by field name; cleared when the runner edits that field.
	 */
	notes = $state<Record<string, string>>({});
	/** The last submission with scripts on was refused (see `submitted`). */
	#refusedHere = $state(false);
	/** What the form holds; back to the server's copy whenever the page's source changes. */
	values: FormValues;
	/** The result on show: the last valid answers, kept (and marked stale) while one is not. */
	shown: Shown | null;
	/** A submission was refused: then every error shows, not only those of touched fields. */
	refused: boolean;
	parsed: FormParse;
	units: Units;
	/** The valid request the answers make, or null while one is invalid. */
	request: AssessRequest | null;
	/** Every error of the answers as they stand. */
	allErrors: FieldError[];
	/** The errors to show, by field name. */
	errors: Record<string, string>;
	/** The shown result no longer matches the answers (one is invalid). */
	stale: boolean;
	/** The warning signs ticked now: their card shows whatever else is answered, or invalid. */
	flagged: Triage;

	constructor(source: () => FormSource, options: LiveFormOptions = {}) {
		// Deriveds here rather than as fields: they read the source given to the constructor.
		this.values = $derived(source().values);
		this.shown = $derived(evaluate(source().values));
		this.refused = $derived(!!source().errors || this.#refusedHere);
		this.parsed = $derived(parseForm(this.values));
		this.units = $derived(unitsOf(this.values));
		this.request = $derived(this.parsed.result.ok ? this.parsed.result.value : null);
		this.allErrors = $derived(this.parsed.result.ok ? [] : this.parsed.result.errors);
		this.errors = $derived(
			Object.fromEntries(
				(this.refused ? this.allErrors : liveErrors(this.allErrors, this.touched)).map((e) => [
					e.path,
					e.message
				])
			)
		);
		this.stale = $derived(this.shown !== null && !this.parsed.result.ok);
		this.flagged = $derived(triage(flagsOf(this.values)));
		this.#options = options;
	}

	#domValuesOr(): FormValues {
		return this.element ? this.#domValues() : this.values;
	}

	/** The form's fields as the browser would submit them, less the page's own controls. */
	#domValues(): FormValues {
		if (!this.element) return this.values;
		const skip = (name: string) =>
			name.startsWith('units.from.') || (this.#options.controls ?? []).includes(name);
		return Object.fromEntries(
			[...new FormData(this.element)].filter(
				(e): e is [string, string] => typeof e[1] === 'string' && !skip(e[0])
			)
		);
	}

	/**
	 * Fill some fields from elsewhere (a training file), each with a note on where it came from;
	 * the runner can still edit them.
	 */
	fill(fields: FormValues, notes: Record<string, string> = {}): void {
		this.set({ ...this.#domValuesOr(), ...fields });
		this.notes = { ...this.notes, ...notes };
		this.#options.onread?.();
	}

	/** Take new values (read from the page, restored, or changed by a button). */
	set(next: FormValues): void {
		this.values = next;
		const shown = evaluate(next);
		if (shown) this.shown = shown;
	}

	/** Read what the page's fields hold now. */
	read(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.set(this.#domValues());
		this.#options.onread?.();
	}

	/** A read still waiting for its debounce, done now (before a save, a share or a switch). */
	settle(): void {
		if (this.#timer !== undefined) this.read();
	}

	/** The form's `oninput`: a warning sign at once, with its card brought into view; others debounced. */
	input = (event: Event): void => {
		const target = event.target as HTMLInputElement;
		if (!target.name || target.name.startsWith('units.')) return;
		if ((this.#options.controls ?? []).includes(target.name)) return;
		this.touched[target.name] = true;
		if (target.name in this.notes) delete this.notes[target.name];
		clearTimeout(this.#timer);
		if (isFlagField(target.name)) {
			this.read();
			if (target.checked) void bringCardIntoView();
			return;
		}
		this.#timer = setTimeout(() => this.read(), READ_DELAY_MS);
	};

	/**
	 * The units fieldset's `onchange`: what is typed is re-expressed in the new units in place,
	 * converted and never re-read, so no score moves.
	 */
	switchUnits = (event: Event): void => {
		const target = event.target as HTMLInputElement;
		if (!target.name?.startsWith('units.') || target.name.startsWith('units.from.')) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const from = this.units;
		const next = parseUnits(
			target.name === 'units.length' ? target.value : from.length,
			target.name === 'units.distance' ? target.value : from.distance
		);
		// What is typed right now, in the units it was typed in.
		const current = {
			...this.#domValues(),
			'units.length': from.length,
			'units.distance': from.distance
		};
		this.set(convertValues(current, next));
		this.#options.onunits?.(next);
		this.#options.onread?.();
	};

	/**
	 * An enhanced submission came back. With scripts on the page already shows what the server
	 * worked out from the same fields, so its copy is not taken: taking it would undo anything
	 * typed while the answer was on its way. A refusal only makes every error show.
	 */
	submitted(outcome: 'success' | 'failure'): void {
		this.#refusedHere = outcome === 'failure';
	}

	/** Stop a pending read (the page is going away). */
	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}

const KEY = Symbol('live-form');

/** Make the form the one its fields read (call in the page's script). */
export function setLiveForm(form: LiveForm): LiveForm {
	return setContext(KEY, form);
}

/** The form a field belongs to. */
export function liveForm(): LiveForm {
	const form = getContext<LiveForm | undefined>(KEY);
	if (!form) throw new Error('A form field must be inside a page that called setLiveForm');
	return form;
}

/**
 * After a warning sign is ticked, its card must be the first thing in view, however far the list
 * of signs is from it (on a phone the card sits above the questions). Left alone when the heading
 * is already in view, so ticking a second sign does not move the page.
 */
export async function bringCardIntoView(id = 'triage-title'): Promise<void> {
	await tick();
	const heading = document.getElementById(id);
	if (!heading) return;
	const box = heading.getBoundingClientRect();
	if (box.top >= 0 && box.bottom <= window.innerHeight) return;
	heading.scrollIntoView({ block: 'start' });
}

/**
 * After an enhanced submit, focus lands where a full page load would: on the warning card when
 * a sign is ticked, else on the errors of a refused submit, else on the results.
 */
export function focusAfterSubmit(
	form: LiveForm,
	outcome: string,
	summary: HTMLElement | undefined,
	results: HTMLElement | undefined
): void {
	if (outcome === 'failure') {
		if (form.flagged.level === 'none') summary?.focus();
		else document.getElementById('triage-title')?.focus();
	} else if (outcome === 'success') {
		if (!results) return;
		// A panel of its own (wide screens): its top is the card or the answer, in view.
		if (getComputedStyle(results).position === 'sticky') {
			results.scrollTop = 0;
			results.focus();
			return;
		}
		// One column: focus on the results, and their first words at the top of the screen (the
		// warning card when there is one, else the answer).
		results.focus({ preventScroll: true });
		(results.querySelector('.triage, [data-testid="answer"]') ?? results).scrollIntoView({
			block: 'start'
		});
	}
}
