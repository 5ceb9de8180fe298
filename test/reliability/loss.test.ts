// Loss test: 2,000 authorizations at concurrency 64 against the mock, with timeouts (5065) and
// 502s (5002) mixed in. Every call ends in a result or a typed error, every slow one in a timeout,
// and once the unknown outcomes are reversed the mock holds no authorization the caller does not
// know about.
import { expect, test } from "vitest";
import { startMockCybersource } from "../../src/mock/index.js";
import { TransportError } from "../../src/errors.js";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import type { AuthorizationResult } from "../../src/payments/index.js";
import { installmentRequest, mutable } from "../support/requests.js";
import {
  activeResources,
  clientFor,
  expectResourcesBack,
  keyId,
  merchantId,
  NOW,
  sharedSecret,
  watchUnhandledRejections,
} from "./support.js";

const rejections = watchUnhandledRejections();
const TOTAL = 2_000;
const CONCURRENCY = 64;

/** Every 20 requests: 1 slow (timed out), 2 answered 502, 1 declined, 1 partial, 15 approved. */
function amountFor(index: number): string {
  const slot = index % 20;
  if (slot === 0) return "5065";
  if (slot < 3) return "5002";
  if (slot === 3) return "1001";
  if (slot === 4) return "2001";
  return String(10_000 + index);
}

/** An outcome in a few words, for a failure message. */
function summary(outcome: PromiseSettledResult<unknown>): string {
  if (outcome.status === "fulfilled")
    return `resolved ${(outcome.value as { status?: string }).status}`;
  return `rejected ${String(outcome.reason)}`;
}

/**
 * Reverses as a caller would: a reversal is safe to repeat, so one whose own answer was lost to
 * the load (a `TransportError` after the SDK's retries) is sent again, a few times at most.
 */
async function reverseUntilAnswered(error: AuthorizationOutcomeUnknownError) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await error.reverse();
    } catch (failure) {
      if (attempt === 5 || !(failure instanceof TransportError)) throw failure;
    }
  }
}

/** Runs `task(0..count-1)` with at most `limit` in flight; settles every one. */
async function pool<T>(count: number, limit: number, task: (index: number) => Promise<T>) {
  const settled: PromiseSettledResult<T>[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      settled[index] = await task(index).then(
        (value) => ({ status: "fulfilled", value }) as const,
        (reason: unknown) => ({ status: "rejected", reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return settled;
}

test(`${TOTAL} authorizations at concurrency ${CONCURRENCY} with timeouts and 502s lose nothing`, async () => {
  const baseline = activeResources();
  const mock = await startMockCybersource({
    merchantId,
    keyId,
    sharedSecret,
    now: () => NOW,
    slowResponseMs: 2_000,
  });
  try {
    const client = clientFor(mock.url, { timeoutMs: 1_000, timeoutReversalDelayMs: 0 });
    const outcomes = await pool(TOTAL, CONCURRENCY, (index) => {
      const request = mutable(installmentRequest());
      request.orderInformation.amountDetails.totalAmount = amountFor(index);
      return client.authorize(request);
    });

    const results: AuthorizationResult[] = [];
    const unknown: AuthorizationOutcomeUnknownError[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.status === "fulfilled") results.push(outcome.value);
      else if (outcome.reason instanceof AuthorizationOutcomeUnknownError)
        unknown.push(outcome.reason);
      else expect.fail(`request ${index} failed untyped: ${String(outcome.reason)}`);
    }
    expect(results.length + unknown.length).toBe(TOTAL);
    // Every slow request (5065) timed out: none resolved with the late answer. Every 502 (5002)
    // is an unknown outcome too (under load, some time out before their 502 arrives).
    const misread = outcomes.flatMap((outcome, index) => {
      const amount = amountFor(index);
      if (amount !== "5065" && amount !== "5002") return [];
      const error = outcome.status === "rejected" ? outcome.reason : undefined;
      const unknown = error instanceof AuthorizationOutcomeUnknownError;
      const timedOut = unknown && /no response within 1000 ms/.test(error.message);
      const ok = amount === "5065" ? timedOut : unknown;
      return ok ? [] : [`request ${index} (${amount}): ${summary(outcome)}`];
    });
    expect(misread).toEqual([]);
    const declined = results.filter((r) => r.status === "DECLINED").length;
    const declinedUnknown = unknown.filter((error) => error.amount === "1001").length;
    expect(declined + declinedUnknown).toBe(TOTAL / 20);

    // Reversals go out as a recovery queue would, a few at a time: the point here is that none
    // is lost, not how fast 64 of them can be answered on a loaded machine.
    const reversals = await pool(unknown.length, 4, (i) => reverseUntilAnswered(unknown[i]!));
    const records = new Map(mock.authorizations.map((r) => [r.transactionId ?? "", r]));
    for (const [i, reversal] of reversals.entries()) {
      // Only an authorization the issuer declined (lost to load, not to a scenario) refuses it.
      if (reversal.status === "rejected") {
        expect(reversal.reason).toMatchObject({ reason: "MISSING_AUTH" });
        expect(records.get(unknown[i]!.transactionId)?.state).toBe("DECLINED");
      }
    }

    const known = new Set(results.map((result) => result.transactionId));
    const reversed = new Set(unknown.map((error) => error.transactionId));
    expect(records.size).toBe(TOTAL);
    // A stray holds funds the caller does not know of: not declined, not a result, not reversed.
    const strays = [...records.values()].filter(
      (record) =>
        record.state !== "DECLINED" &&
        !known.has(record.transactionId ?? "") &&
        !(reversed.has(record.transactionId ?? "") && record.state === "REVERSED"),
    );
    expect(strays).toEqual([]);
    const authorized = [...records.values()].filter((record) => record.state === "AUTHORIZED");
    expect(authorized.every((record) => known.has(record.transactionId ?? ""))).toBe(true);
  } finally {
    await mock.close();
  }
  await expectResourcesBack(baseline);
  await rejections.expectNone();
}, 60_000);
