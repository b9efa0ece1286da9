// Requests shared by the API tests (tests/*.e2e.ts) and the benchmark (tests/bench/run.js).
// Plain JS so that the benchmark runs without a TypeScript step; checked against the schema
// types through JSDoc.

/** The contract's own example request. @type {import('../src/lib/risk/schema').AssessRequest} */
export const exampleRequest = {
	runner: {
		age: 38,
		sex: 'female',
		bodyMassKg: 61,
		monthsRunningLast12: 12,
		weeklyKm: [28, 30, 34],
		longestRunLast30DaysKm: 14,
		nextRunKm: 16,
		restDaysPerWeek: 2,
		otherSportHoursPerWeek: 1,
		fastSessions: 'same',
		footStrike: 'forefoot',
		footStrikeChangedRecently: false,
		footPosture: 'pronated',
		cadenceSpm: 168,
		heelRaises: { left: 19, right: 24 },
		heelRaisePain: false,
		kneeToWallCm: { left: 9, right: 11 },
		forefootWidthMm: 97,
		usualDropMm: 10,
		pairsInRotation: 1,
		previousCalfInjury: false,
		pain: { duringRun: 3, nextMorning: 'same' },
		redFlags: []
	},
	shoes: [
		{
			name: 'Daily trainer',
			heelDropMm: 10,
			measuredDropMm: 11.4,
			toeBoxWidthMm: 94.6,
			toeBoxFit: 'snug',
			support: 'neutral',
			minimalist: false,
			wornKm: 350,
			monthsWorn: 4
		}
	]
};

/** The largest request the contract allows in shoes: six, varied so no two score alike. */
export const sixShoeRequest = {
	runner: exampleRequest.runner,
	shoes: /** @type {import('../src/lib/risk/schema').Shoe[]} */ ([
		exampleRequest.shoes[0],
		{ name: 'Racer', heelDropMm: 6, toeBoxFit: 'squeezed', wornKm: 120, monthsWorn: 2 },
		{ name: 'Zero drop', heelDropMm: 0, minimalist: true, toeBoxWidthMm: 104, toeBoxFit: 'roomy' },
		{ name: 'Stability', heelDropMm: 12, support: 'stability', wornKm: 800, monthsWorn: 14 },
		{ name: 'Trail', heelDropMm: 4, toeBoxWidthMm: 98, wornKm: 0, monthsWorn: 0 },
		{ name: 'Old faithful', heelDropMm: 8, support: 'motion-control', wornKm: 1200 }
	])
};

/**
 * The whole catalog (461 shoes, discontinued ones too) ranked for the example's runner: the
 * largest ranking there is, ten shoes back.
 */
export const recommendRequest = {
	runner: exampleRequest.runner,
	filters: { current: false },
	limit: 10
};
