/** p50, p98 and the worst of a set of timings (nearest rank: always one of the values). */
export interface Spread {
	samples: number;
	p50: number;
	p98: number;
	worst: number;
}

/** The value at percentile `p` (0–100) of sorted values, by the nearest-rank method. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? Number.NaN;
}

export function spread(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		samples: sorted.length,
		p50: percentile(sorted, 50),
		p98: percentile(sorted, 98),
		worst: sorted.at(-1) ?? Number.NaN,
	};
}

/** The median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2
		? (sorted[middle] ?? Number.NaN)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
