/**
 * The Chart.js loader: it registers only the pieces the asked chart type draws, and is only
 * called when a chart is on screen, so pages without charts never download Chart.js. The
 * destructured dynamic import lets the bundler drop the controllers no chart type asks for.
 */
import type { Chart } from 'chart.js';

export type ChartKind = 'radar' | 'bar' | 'line';
type ChartClass = typeof Chart;

async function load(kind: ChartKind): Promise<ChartClass> {
	const {
		Chart,
		RadarController,
		BarController,
		LineController,
		RadialLinearScale,
		CategoryScale,
		LinearScale,
		PointElement,
		LineElement,
		BarElement,
		Filler,
		Tooltip,
		Legend
	} = await import('chart.js');
	const parts = {
		radar: [RadarController, RadialLinearScale, PointElement, LineElement, Filler],
		bar: [BarController, BarElement, CategoryScale, LinearScale],
		line: [LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler]
	};
	Chart.register(...parts[kind], Tooltip, Legend);
	return Chart;
}

export const loaders: Record<ChartKind, () => Promise<ChartClass>> = {
	radar: () => load('radar'),
	bar: () => load('bar'),
	line: () => load('line')
};
