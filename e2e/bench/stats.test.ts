import { describe, expect, it } from 'vitest';
import { median, percentile, spread } from './stats.ts';

describe('percentile (nearest rank)', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
	it('takes the value at the rank ⌈p·n⌉', () => {
		expect(percentile(hundred, 50)).toBe(50);
		expect(percentile(hundred, 98)).toBe(98);
		expect(percentile(hundred, 100)).toBe(100);
		expect(percentile([10, 20, 30], 50)).toBe(20);
	});
	it('gives the worst value when there are fewer than 50 samples at p98', () => {
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 98)).toBe(10);
	});
	it('gives the first value at p0 and NaN for no values', () => {
		expect(percentile([4, 5], 0)).toBe(4);
		expect(percentile([], 50)).toBeNaN();
	});
});

describe('spread', () => {
	it('sorts the values first', () => {
		expect(spread([40, 8, 24, 16, 200])).toEqual({ samples: 5, p50: 24, p98: 200, worst: 200 });
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
