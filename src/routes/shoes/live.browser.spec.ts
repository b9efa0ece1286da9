import { describe, expect, it } from 'vitest';
import { changedSincePaint, formQuery } from './live';

/** A form as the server paints it: a typed field, a figure, two lists, a tick, a hidden pick. */
function painted(): HTMLFormElement {
	const form = document.createElement('form');
	form.innerHTML = `
		<input name="q" type="search" value="nimbus">
		<input name="maxDrop" type="number" value="">
		<select name="support">
			<option value="">Any</option>
			<option value="stability" selected>Stability</option>
		</select>
		<select name="dir"><option value="">Low to high</option><option value="desc">High to low</option></select>
		<input name="pick" type="checkbox" value="a" checked>
		<input name="pick" type="checkbox" value="b">
		<input name="pick" type="hidden" value="c">
		<button name="page" value="2">Next</button>`;
	document.body.append(form);
	return form;
}

const field = <T extends Element>(form: HTMLFormElement, selector: string) =>
	form.querySelector<T>(selector)!;

describe('changedSincePaint: what the runner did before the script ran', () => {
	const cases: [string, (form: HTMLFormElement) => void, boolean][] = [
		['nothing', () => {}, false],
		['typed in the search', (f) => (field<HTMLInputElement>(f, '[name=q]').value = 'nimbu'), true],
		['typed a figure', (f) => (field<HTMLInputElement>(f, '[name=maxDrop]').value = '4'), true],
		[
			'typed, then put it back as it was',
			(f) => {
				const q = field<HTMLInputElement>(f, '[name=q]');
				q.value = 'x';
				q.value = 'nimbus';
			},
			false
		],
		['chose in a list', (f) => (field<HTMLSelectElement>(f, '[name=support]').value = ''), true],
		[
			'chose in a list with nothing preselected',
			(f) => (field<HTMLSelectElement>(f, '[name=dir]').value = 'desc'),
			true
		],
		['ticked a shoe', (f) => (field<HTMLInputElement>(f, '[value=b]').checked = true), true],
		['unticked a shoe', (f) => (field<HTMLInputElement>(f, '[value=a]').checked = false), true]
	];
	it.each(cases)('%s → %s', (_, act, changed) => {
		const form = painted();
		act(form);
		expect(changedSincePaint(form)).toBe(changed);
		form.remove();
	});
});

describe('formQuery', () => {
	it('leaves out blanks and the page button, and keeps every pick', () => {
		const form = painted();
		field<HTMLInputElement>(form, '[name=maxDrop]').value = '';
		expect(formQuery(form)).toBe('q=nimbus&support=stability&pick=a&pick=c');
		field<HTMLInputElement>(form, '[name=q]').value = '   ';
		expect(formQuery(form)).toBe('support=stability&pick=a&pick=c');
		form.remove();
	});
});
