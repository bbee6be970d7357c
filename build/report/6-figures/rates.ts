// Shares and means as every figure gives them: rounded once, here, so all tables and files agree to the digit.

/** n / d to four decimal places (a share 0–1); 0 when there is nothing to divide by. */
export const rate = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);

/** The mean to two decimal places; null for no values. */
export const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
