/**
 * Chart.js loaders: each registers only the pieces its chart type draws, and is only called
 * when a chart is on screen, so pages without charts never download Chart.js. The destructured
 * dynamic imports let the bundler drop the controllers no page asks for.
 */
import type { Chart } from 'chart.js';

export type ChartKind = 'radar' | 'bar' | 'line';
type ChartClass = typeof Chart;

async function radar(): Promise<ChartClass> {
	const {
		Chart,
		RadarController,
		RadialLinearScale,
		PointElement,
		LineElement,
		Filler,
		Tooltip,
		Legend
	} = await import('chart.js');
	Chart.register(
		RadarController,
		RadialLinearScale,
		PointElement,
		LineElement,
		Filler,
		Tooltip,
		Legend
	);
	return Chart;
}

async function bar(): Promise<ChartClass> {
	const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend } =
		await import('chart.js');
	Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
	return Chart;
}

async function line(): Promise<ChartClass> {
	const {
		Chart,
		LineController,
		LineElement,
		PointElement,
		CategoryScale,
		LinearScale,
		Filler,
		Tooltip,
		Legend
	} = await import('chart.js');
	Chart.register(
		LineController,
		LineElement,
		PointElement,
		CategoryScale,
		LinearScale,
		Filler,
		Tooltip,
		Legend
	);
	return Chart;
}

export const loaders: Record<ChartKind, () => Promise<ChartClass>> = { radar, bar, line };
