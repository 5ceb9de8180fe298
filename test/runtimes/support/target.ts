// A mock Cybersource per test, with throwaway credentials, and what the suite must leave in it.
import { readFileSync } from "node:fs";
import { afterEach, expect } from "vitest";
import {
  mockMleCertificate,
  startMockCybersource,
  type MockCybersource,
} from "../../../src/mock/index.js";
import type { AuthName, ConformanceReport, ConformanceTarget } from "../conformance.js";

const running = new Set<MockCybersource>();
afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

const fixtures = new URL("../../fixtures/response-mle/", import.meta.url);
const mle = {
  mockCertificate: mockMleCertificate,
  responsePrivateKey: readFileSync(new URL("response-mle.key", fixtures), "utf8"),
  responseKeyId: "CONFORMANCE-RESPONSE-MLE",
};
const responseCertificate = readFileSync(new URL("response-mle.crt", fixtures), "utf8");

/**
 * Starts a mock on 127.0.0.1 with a fresh random secret, encrypting answers for the response MLE
 * key it is told of; it is closed after the test.
 */
export async function startTarget(
  auths: readonly AuthName[] = ["httpSignature", "jwt"],
  options: { cors?: boolean } = {},
): Promise<{ mock: MockCybersource; target: ConformanceTarget }> {
  const secret = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
  const credentials = {
    merchantId: "conformance_merchant",
    keyId: crypto.randomUUID(),
    sharedSecret: secret,
  };
  const responseEncryption = { publicKey: responseCertificate, keyId: mle.responseKeyId };
  const mock = await startMockCybersource({ ...credentials, ...options, responseEncryption });
  running.add(mock);
  return { mock, target: { mockUrl: mock.url, ...credentials, auths, mle } };
}

export const ALL_CHECKS = [
  "signing",
  "validation",
  "authorization",
  "decline",
  "timeoutReversal",
  "encryptedBothWays",
  "transientToken",
];

/** Every check passed, and the mock saw each authorization and the reversal. */
export function expectConformance(
  report: unknown,
  mock: MockCybersource,
  target: ConformanceTarget,
  allowed: (failure: string) => boolean = () => false,
): void {
  const { passed, failures } = report as ConformanceReport;
  expect(failures.filter((failure) => !allowed(failure))).toEqual([]);
  expect(passed).toEqual(
    ALL_CHECKS.filter((name) => !failures.some((failure) => failure.startsWith(`${name}:`))),
  );
  expect(mock.authorizations.map((a) => [a.transactionId, a.state])).toEqual([
    ...target.auths.map((auth) => [auth, "AUTHORIZED"]),
    ["decline", "DECLINED"],
    ["reversal", "REVERSED"],
    ["mle", "AUTHORIZED"],
    ["token", "AUTHORIZED"],
  ]);
  expect(mock.reversals.map((r) => [r.transactionId, r.timeout])).toEqual([["reversal", true]]);
}
