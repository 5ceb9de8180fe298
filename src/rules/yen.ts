/**
 * Japanese yen has no minor unit (ISO 4217 exponent 0). An amount with a zero fraction
 * (`"100.00"`) is the whole amount (`"100"`); a non-zero fraction cannot be sent.
 */
export function wholeYen(amount: string): {
  readonly amount: string;
  readonly fractional: boolean;
} {
  const match = /^(\d+)\.(\d+)$/u.exec(amount);
  if (match === null) return { amount, fractional: false };
  const [, whole = "", fraction = ""] = match;
  if (/^0+$/u.test(fraction)) return { amount: whole.replace(/^0+(?=\d)/u, ""), fractional: false };
  return { amount, fractional: true };
}

/** The month (1-12) and year in Japan at `date`. Japan keeps UTC+9 all year, with no DST. */
export function tokyoMonth(date: Date): { readonly year: number; readonly month: number } {
  const tokyo = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  return { year: tokyo.getUTCFullYear(), month: tokyo.getUTCMonth() + 1 };
}
