// Medians and bootstrap confidence intervals (percentile method), with a seeded generator so that a report can
// be reproduced from its samples.
export { seededRandom } from './fixtures.mjs';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const resample = (values, random) => Array.from(values, () => values[Math.floor(random() * values.length)]);

function interval(estimates) {
  estimates.sort((a, b) => a - b);
  return [estimates[Math.floor(estimates.length * 0.025)], estimates[Math.ceil(estimates.length * 0.975) - 1]];
}

/** The 95% interval of the median of `values`. */
export function bootstrapMedian(values, random, times = 2000) {
  return interval(Array.from({ length: times }, () => median(resample(values, random))));
}

/** The 95% interval of median(a) ÷ median(b), each resampled on its own. */
export function bootstrapRatio(a, b, random, times = 2000) {
  return interval(Array.from({ length: times }, () => median(resample(a, random)) / median(resample(b, random))));
}
