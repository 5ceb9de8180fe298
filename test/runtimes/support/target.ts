// A mock Cybersource per test, with throwaway credentials, and what the suite must leave in it.
import { afterEach, expect } from "vitest";
import { startMockCybersource, type MockCybersource } from "../../../src/mock/index.js";
import type { AuthName, ConformanceReport, ConformanceTarget } from "../conformance.js";

const running = new Set<MockCybersource>();
afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

/** Starts a mock on 127.0.0.1 with a fresh random secret; it is closed after the test. */
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
  const mock = await startMockCybersource({ ...credentials, ...options });
  running.add(mock);
  return { mock, target: { mockUrl: mock.url, ...credentials, auths } };
}

export const ALL_CHECKS = [
  "signing",
  "validation",
  "authorization",
  "decline",
  "timeoutReversal",
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
    ["token", "AUTHORIZED"],
  ]);
  expect(mock.reversals.map((r) => [r.transactionId, r.timeout])).toEqual([["reversal", true]]);
}
