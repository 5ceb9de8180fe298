/**
 * JWT authentication from a PKCS#12 (P12) file as the Business Center issues it: a
 * {@link jwtAuth} that also takes `{ merchantId, p12, password }`. A separate entry point because
 * reading P12 files needs legacy ciphers and hashes that the rest of the SDK does not.
 *
 * @packageDocumentation
 * @module cybersource-jpo/p12
 */
export * from "./auth/p12/index.js";
