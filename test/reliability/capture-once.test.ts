// Class 3 of issue 13: a capture is sent once. When its outcome is unknown it throws
// CaptureOutcomeUnknownError with the transaction id sent, whose void() sends the timeout void
// (POST /pts/v2/voids) that the mock answers by finding the capture. Every follow-up sends a
// transaction id; reversals stay retried.
import { describe, expect, test } from "vitest";
import { CaptureOutcomeUnknownError, VoidableOutcomeError } from "../../src/index.js";
import { installmentRequest } from "../support/requests.js";
import { failure } from "./fault-helpers.js";
import { clientFor, NOW, recordingFetch, startMock } from "./support.js";

/** A fetch to the mock that drops the answer of the first capture after the mock processed it. */
function losingCaptureAnswers(status?: number) {
  let captures = 0;
  return recordingFetch(async (request) => {
    const answer = await globalThis.fetch(request);
    if (!request.url.endsWith("/captures")) return answer;
    captures += 1;
    if (status !== undefined) return new Response("{}", { status });
    throw new TypeError("fetch failed: connection reset");
  });
}

describe("a capture whose answer is lost", () => {
  test.each([[undefined], [502], [500]])(
    "is sent once (answer %s), and void() voids it by its transaction id",
    async (status) => {
      const mock = await startMock();
      const { fetch, calls } = losingCaptureAnswers(status);
      const client = clientFor(mock.url, { fetch, retryAttempts: 3 });
      const result = await client.authorize(installmentRequest());
      if (result.status !== "AUTHORIZED") throw new Error(result.status);
      const error = await failure(result.capture());
      expect(error).toBeInstanceOf(CaptureOutcomeUnknownError);
      expect(error).toBeInstanceOf(VoidableOutcomeError);
      const unknown = error as CaptureOutcomeUnknownError;
      expect(unknown).toMatchObject({ code: "CAPTURE_OUTCOME_UNKNOWN", amount: "120000" });
      expect(unknown.message).not.toMatch(/safe to try again/);
      expect(calls.filter((call) => call.url.endsWith("/captures"))).toHaveLength(1);
      const sent = JSON.parse(calls.find((call) => call.url.endsWith("/captures"))!.body);
      expect(sent.clientReferenceInformation.transactionId).toBe(unknown.transactionId);
      expect(mock.captures).toHaveLength(1);
      const voided = await unknown.void();
      expect(voided).toMatchObject({ status: "VOIDED", transactionId: unknown.transactionId });
      expect(mock.voids.map((v) => v.captureId)).toEqual([mock.captures[0]!.id]);
      expect(mock.authorizations[0]!.state).toBe("VOIDED");
    },
  );

  test(
    "void() waits timeoutReversalDelayMs from when the capture was sent",
    { timeout: 10_000 },
    async () => {
      const mock = await startMock();
      let now = NOW.getTime();
      const { fetch } = losingCaptureAnswers();
      const client = clientFor(mock.url, {
        fetch,
        now: () => new Date(now),
        timeoutReversalDelayMs: 50,
      });
      const result = await client.authorize(installmentRequest());
      if (result.status !== "AUTHORIZED") throw new Error(result.status);
      const error = (await failure(result.capture())) as CaptureOutcomeUnknownError;
      const controller = new AbortController();
      const voiding = failure(error.void({ signal: controller.signal }));
      controller.abort();
      expect(await voiding).toMatchObject({ code: "TRANSPORT_FAILED" });
      expect(mock.voids).toHaveLength(0);
      now += 50;
      expect((await error.void()).status).toBe("VOIDED");
    },
  );

  test("client.voidTimedOut voids from the caller's records; an unknown id is an API error", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    expect(await failure(client.voidTimedOut({ transactionId: "nothing-here" }))).toMatchObject({
      code: "CYBERSOURCE_API_ERROR",
      httpStatus: 400,
    });
    expect(await failure(client.voidTimedOut({ transactionId: "x".repeat(31) }))).toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [{ path: "clientReferenceInformation.transactionId", rule: "max-length" }],
    });
  });
});

describe("transaction ids of follow-ups", () => {
  test("a capture and a reversal each send their own transaction id; a retried reversal repeats it", async () => {
    const mock = await startMock();
    let failures = 1;
    const { fetch, calls } = recordingFetch(async (request) => {
      if (request.url.endsWith("/reversals") && failures-- > 0) throw new TypeError("fetch failed");
      return globalThis.fetch(request);
    });
    const client = clientFor(mock.url, { fetch });
    const first = await client.authorize(installmentRequest("1000"));
    const second = await client.authorize(installmentRequest("2000", "ORDER-2"));
    if (first.status !== "AUTHORIZED" || second.status !== "AUTHORIZED")
      throw new Error("declined");
    await first.capture();
    await second.reverse();
    const ids = (suffix: string) =>
      calls
        .filter((call) => call.url.endsWith(suffix))
        .map((call) => JSON.parse(call.body).clientReferenceInformation.transactionId as string);
    expect(ids("/captures")).toEqual([expect.stringMatching(/^[0-9A-Za-z_-]{1,30}$/u)]);
    const reversals = ids("/reversals");
    expect(reversals).toHaveLength(2);
    expect(reversals[0]).toBe(reversals[1]);
    expect(reversals[0]).not.toBe(ids("/captures")[0]);
  });
});
