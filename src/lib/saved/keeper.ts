import type { FormParse } from '../form/parse';
import type { Activity } from '../import/activity';
import { withTraining } from './training';
import { keptAnswers } from './keep-form';
import type { SavedData } from './storage.svelte';

/** What the keeper needs of a live form. */
export interface KeptForm {
	parsed: FormParse;
	/** Read what is typed now, if a read is still waiting for its debounce. */
	settle(): void;
	/** Read the page's fields now. */
	read(): void;
}

/** Writing storage on every keystroke is wasted work: this long after typing stops is enough. */
export const SAVE_DELAY_MS = 500;

/**
 * Keeps the /check answers in the browser as the runner edits them: a short while after typing
 * stops, and at once when the page is left. Only the runner's own edits are saved (a page that
 * restored or received answers saves nothing until something is changed).
 */
export class AnswerKeeper {
	#saved: SavedData;
	#form: KeptForm;
	#now: () => Date;
	#edited = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(saved: SavedData, form: KeptForm, now: () => Date = () => new Date()) {
		this.#saved = saved;
		this.#form = form;
		this.#now = now;
	}

	/** The runner changed something. */
	edited(): void {
		this.#edited = true;
	}

	/** Save once typing has stopped for a while (after the form read an edit). */
	soon(): void {
		if (!this.#edited) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.now(), SAVE_DELAY_MS);
	}

	/** Save now; a half-typed answer keeps its last valid value. */
	now(): void {
		// A read still waiting for its debounce holds the latest typing: saving without it, then
		// marking the answers saved, would lose it for good.
		this.#form.settle();
		clearTimeout(this.#timer);
		this.#edited = false;
		const next = keptAnswers(this.#saved.record, this.#form.parsed, this.#now());
		if (next) this.#saved.save(next);
	}

	/**
	 * The runner filled their answers from training files (the form holds them already): the
	 * activities are kept, the latest 400 days of them, and the filled answers saved at once.
	 */
	imported(activities: readonly Activity[]): void {
		if (!this.#saved.loaded) return;
		this.#saved.save(withTraining(this.#saved.record, activities, this.#now()));
		this.#edited = true;
		this.now();
	}

	/** The page is being left: what was edited since the last save is saved now. */
	flush(): void {
		if (!this.#saved.loaded || !this.#edited) return;
		this.#form.read();
		this.now();
	}

	stop(): void {
		clearTimeout(this.#timer);
	}
}
