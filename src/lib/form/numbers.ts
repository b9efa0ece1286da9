/** Numbers as runners type them: "8,5" is 8.5, "1,200" is asked about, "1e3" is not a number. */

/** A number as typed: a comma may be the decimal point ("8,5"). */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
/**
 * Digits grouped in threes by commas ("1,200", "12,000", "1,200,000", "1,200.5"): a thousands
 * separator to some runners, a decimal comma to others, so it is never guessed. A leading 0
 * ("0,500") can only be a decimal comma, and so can a comma before 1, 2 or 4+ digits ("1,2345").
 */
const THOUSANDS_COMMA = /^[+-]?[1-9]\d*(?:,\d{3})+(?:\.\d*)?$/;
/** Digits grouped in threes by spaces ("1 200", "12 000,5"), as many countries write them. */
const THOUSANDS_SPACE = /^[+-]?[1-9]\d*(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;

/**
 * Typed text → a number, or null when it is not one the form reads: anything but digits with an
 * optional sign and one decimal point or comma ("1e3", "Infinity", "0x10" are refused), and
 * digits grouped in thousands (see `numberProblem`). Surrounding spaces are ignored.
 */
export function readNumber(raw: string): number | null {
	const text = raw.trim();
	if (!NUMBER.test(text) || THOUSANDS_COMMA.test(text)) return null;
	return Number(text.replace(',', '.'));
}

/**
 * Why typed text is refused, when "Enter a number" would not tell the runner what to do: for
 * digits grouped in thousands, the figure to write instead. Null for anything else.
 */
export function numberProblem(raw: string): string | null {
	const text = raw.trim();
	if (THOUSANDS_COMMA.test(text)) {
		const whole = Number(text.replaceAll(',', ''));
		const commas = text.split(',').length - 1;
		// One comma and no point: 1,200 is 1200 to some runners and 1.2 to others.
		if (commas === 1 && !text.includes('.'))
			return `Is it ${whole} or ${Number(text.replace(',', '.'))}? Write it without the comma.`;
		return `Write ${whole} without the ${commas === 1 ? 'comma' : 'commas'}.`;
	}
	if (THOUSANDS_SPACE.test(text)) {
		const spaces = text.split(/[ \u00a0\u202f]/).length - 1;
		const joined = text.replace(/[ \u00a0\u202f]/g, '');
		return `Write ${joined} without the ${spaces === 1 ? 'space' : 'spaces'}.`;
	}
	return null;
}
