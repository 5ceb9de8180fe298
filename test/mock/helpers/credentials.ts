// Throwaway credentials and a frozen clock shared by the mock's tests.

/** The merchant, key id and shared secret of Cybersource's published HTTP Signature test vector. */
export const merchantId = "test_merchant";
export const keyId = "00000000-0000-0000-0000-000000000000";
export const sharedSecret = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/** The mock's and the signer's clock: 2026-11-25 12:15:42 in Tokyo. */
export const NOW = new Date("2026-11-25T03:15:42Z");

/** `NOW` moved by `minutes`. */
export function minutesFromNow(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * 60_000);
}
