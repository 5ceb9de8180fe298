// A mock Cybersource and a facade client wired to it, closed after each test.
import { afterEach } from "vitest";
import { createJpoClient, type JpoClientOptions } from "../../src/client.js";
import { httpSignatureAuth } from "../../src/auth/http-signature.js";
import type { RequestEvent } from "../../src/hooks.js";
import { startMockCybersource, type MockCybersource } from "../../src/mock/index.js";

export const merchantId = "test_merchant";
export const keyId = "00000000-0000-4000-8000-000000000001";
export const sharedSecret = btoa("fake-secret-for-offline-tests-32");
/** 2026-11-25 12:15 in Tokyo: November, so the default first billing month is "12". */
export const NOW = new Date("2026-11-25T03:15:42Z");

const running = new Set<MockCybersource>();
afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

export interface Harness {
  readonly mock: MockCybersource;
  readonly client: ReturnType<typeof createJpoClient>;
  /** Every request the client sent, as its onRequest hook saw it. */
  readonly sent: RequestEvent[];
}

/** A fresh mock and a client signed for it, with a frozen clock and fast retries. */
export async function harness(options: Partial<JpoClientOptions> = {}): Promise<Harness> {
  const mock = await startMockCybersource({
    merchantId,
    keyId,
    sharedSecret,
    now: () => NOW,
    slowResponseMs: 5_000,
  });
  running.add(mock);
  const sent: RequestEvent[] = [];
  const client = createJpoClient({
    environment: mock.url,
    auth: httpSignatureAuth({ merchantId, keyId, sharedSecret, now: () => NOW }),
    now: () => NOW,
    retryBaseDelayMs: 1,
    timeoutReversalDelayMs: 0,
    ...options,
    hooks: { onRequest: (event) => sent.push(event), ...options.hooks },
  });
  return { mock, client, sent };
}
