// Shared pieces of the reliability suite: credentials, a recording fetch, a leak scanner, mocks
// closed after each test, and checks for unhandled rejections and leaked handles.
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createJpoClient, type JpoClientOptions } from "../../src/client.js";
import { httpSignatureAuth } from "../../src/auth/http-signature.js";
import {
  startMockCybersource,
  type MockCybersource,
  type MockCybersourceOptions,
} from "../../src/mock/index.js";

export const merchantId = "reliability_merchant";
export const keyId = "00000000-0000-4000-8000-00000000beef";
export const secretText = "reliability-secret-do-not-log-32";
export const sharedSecret = btoa(secretText);
/** 2026-11-25 12:15 in Tokyo. */
export const NOW = new Date("2026-11-25T03:15:42Z");
/** Strings that must never appear in any message, `toJSON()` or inspection. */
export const SECRETS: readonly string[] = [sharedSecret, secretText];
/** Full card numbers the generators put in requests and responses (all Luhn-valid Visa). */
export const INJECTED_PANS = ["4111111111111111", "4242424242424242", "4000056655665556"] as const;

/** Every rendering of `value` a caller might log: message, JSON and a deep `util.inspect`. */
export function renderings(value: unknown): string[] {
  const texts = [inspect(value, { depth: Infinity })];
  if (value instanceof Error) texts.push(value.message);
  try {
    texts.push(JSON.stringify(value) ?? "");
  } catch (error) {
    texts.push(`JSON.stringify threw ${String(error)}`);
  }
  return texts;
}

/** The secrets and card numbers (of `pans`) found in any rendering of `value`. */
export function leaksIn(value: unknown, pans: Iterable<string>): string[] {
  const text = renderings(value).join("\n");
  return [...SECRETS, ...pans].filter((secret) => text.includes(secret));
}

/** A fetch that records each request (its body text) and answers with `respond`. */
export function recordingFetch(respond: (request: Request) => Response | Promise<Response>) {
  const calls: { url: string; body: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    calls.push({ url: request.url, body: await request.clone().text() });
    return respond(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A canned 201 that echoes the card number, so that results must redact it to pass. */
export function approveEchoingCard(request: Request) {
  return request.json().then((body: any) =>
    Response.json(
      {
        id: "7000000000000000000001",
        status: "AUTHORIZED",
        paymentInformation: { card: { number: body?.paymentInformation?.card?.number } },
        orderInformation: { amountDetails: { authorizedAmount: "1" } },
        processorInformation: { approvalCode: "123456" },
      },
      { status: 201, headers: { "v-c-correlation-id": "c0ffee" } },
    ),
  );
}

/** A client for `environment` signed with the suite's credentials and a frozen clock. */
export function clientFor(environment: string, options: Partial<JpoClientOptions> = {}) {
  return createJpoClient({
    environment,
    auth: httpSignatureAuth({ merchantId, keyId, sharedSecret, now: () => NOW }),
    now: () => NOW,
    retryBaseDelayMs: 1,
    timeoutReversalDelayMs: 0,
    ...options,
  });
}

const running = new Set<MockCybersource>();
afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

/** A mock with the suite's credentials and frozen clock, closed after the test. */
export async function startMock(
  options: Partial<MockCybersourceOptions> = {},
): Promise<MockCybersource> {
  const mock = await startMockCybersource({
    merchantId,
    keyId,
    sharedSecret,
    now: () => NOW,
    slowResponseMs: 5_000,
    ...options,
  });
  running.add(mock);
  return mock;
}

/**
 * Collects unhandled rejections for the file; `expectNone()` fails the test if any arrived.
 * Call once at the top level of a test file.
 */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  beforeAll(() => void process.on("unhandledRejection", listener));
  afterAll(() => void process.off("unhandledRejection", listener));
  return {
    async expectNone() {
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen.map((reason) => String(reason))).toEqual([]);
    },
  };
}

/** How many active handles of each kind (`TCPSocketWrap`, `Timeout`, ...) the process holds. */
export function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** The kinds of which more are active than in `baseline`, as `kind: now > before`. */
function excess(baseline: Map<string, number>): string[] {
  return [...activeResources()]
    .filter(([kind, count]) => count > (baseline.get(kind) ?? 0))
    .map(([kind, count]) => `${kind}: ${count} > ${baseline.get(kind) ?? 0}`);
}

/**
 * Waits (up to `ms`) until no more sockets, servers or timers are active than in `baseline`; keep-alive
 * sockets close a few ticks after the server drops them, so this polls.
 */
export async function expectResourcesBack(baseline: Map<string, number>, ms = 2_000) {
  const deadline = Date.now() + ms;
  while (excess(baseline).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(excess(baseline)).toEqual([]);
}
