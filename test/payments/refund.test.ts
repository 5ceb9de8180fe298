// Refunds and voids through the facade against the mock: the typed chain (authorization ->
// capture -> refund -> void), the stored forms, the illegal steps answered as Cybersource does,
// and a refund whose answer is lost ending in one timeout void with one refund sent.
import { describe, expect, test } from "vitest";
import {
  CybersourceApiError,
  RefundOutcomeUnknownError,
  VoidableOutcomeError,
  type CaptureResult,
} from "../../src/index.js";
import { installmentRequest } from "../support/requests.js";
import { failure } from "../reliability/fault-helpers.js";
import { clientFor, recordingFetch, startMock } from "../reliability/support.js";

async function captured(amount = "120000", options: Parameters<typeof clientFor>[1] = {}) {
  const mock = await startMock();
  const client = clientFor(mock.url, options);
  const result = await client.authorize(installmentRequest(amount));
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
  const capture = await result.capture();
  return { mock, client, result, capture };
}

async function apiError(promise: Promise<unknown>): Promise<CybersourceApiError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(CybersourceApiError);
  return error as CybersourceApiError;
}

describe("a capture's result", () => {
  test("carries its transaction id and a stored form", async () => {
    const { mock, capture } = await captured();
    expect(capture).toMatchObject({ status: "PENDING", amount: "120000" });
    expect(capture.transactionId).toBe(mock.captures[0]!.transactionId);
    expect(capture.toStoredCapture()).toEqual({
      id: capture.id,
      amount: "120000",
      currency: "JPY",
      code: "ORDER-1",
      transactionId: capture.transactionId,
    });
    expect(JSON.parse(JSON.stringify(capture))).not.toHaveProperty("refund");
  });
});

describe("refund", () => {
  test("refunds part of a capture, then the rest, and no more (INVALID_AMOUNT)", async () => {
    const { mock, client, capture } = await captured();
    const first = await capture.refund({ amount: "20000", reason: "returned item" });
    expect(first).toMatchObject({ status: "PENDING", amount: "20000", refundedId: capture.id });
    if (first.status !== "PENDING") throw new Error(first.status);
    expect(first.transactionId).toMatch(/^jpo-/);
    const sent = mock.requests.at(-1)!;
    expect(sent).toMatchObject({
      operation: "refund",
      path: `/pts/v2/captures/${capture.id}/refunds`,
    });
    expect(sent.body).toMatchObject({
      clientReferenceInformation: { code: "ORDER-1", transactionId: first.transactionId },
      orderInformation: { amountDetails: { totalAmount: "20000", currency: "JPY" } },
      processingInformation: { refundOptions: { reason: "returned item" } },
    });
    const rest = await client.refund(capture.toStoredCapture(), { amount: "100000" });
    expect(rest.status).toBe("PENDING");
    const tooMuch = await apiError(client.refund(capture.toStoredCapture(), { amount: "1" }));
    expect(tooMuch).toMatchObject({ httpStatus: 400, reason: "INVALID_AMOUNT" });
    expect(tooMuch.details).toEqual([
      { field: "orderInformation.amountDetails.totalAmount", reason: "INVALID_DATA" },
    ]);
    expect(mock.captures[0]!.refundedAmount).toBe("120000");
  });

  test("refunds in full by default, after settlement too", async () => {
    const { mock, capture } = await captured();
    expect(mock.settle()).toEqual({ captures: 1, refunds: 0 });
    const refund = await capture.refund();
    expect(refund).toMatchObject({ status: "PENDING", amount: "120000" });
  });

  test("refuses a refund of a voided capture with CAPTURE_ALREADY_VOIDED", async () => {
    const { capture } = await captured();
    await capture.void();
    const error = await apiError(capture.refund());
    expect(error.reason).toBe("CAPTURE_ALREADY_VOIDED");
  });

  test("rejects a stored capture without an id before sending anything", async () => {
    const { mock, client } = await captured();
    const before = mock.requests.length;
    const error = await failure(client.refund({ id: "../x", amount: "1" }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "id" }] });
    expect(mock.requests).toHaveLength(before);
  });
});

describe("void", () => {
  test("voids a capture before settlement; the authorization can then be reversed", async () => {
    const { mock, result, capture } = await captured();
    const voided = await capture.void();
    expect(voided).toMatchObject({ status: "VOIDED", kind: "capture", voidedId: capture.id });
    expect(mock.voids[0]).toMatchObject({ kind: "capture", targetId: capture.id, timeout: false });
    expect(mock.requests.at(-1)!.path).toBe(`/pts/v2/captures/${capture.id}/voids`);
    if (result.status !== "AUTHORIZED") throw new Error();
    expect((await result.reverse()).status).toBe("REVERSED");
  });

  test("refuses a void after settlement, and a second void, with NOT_VOIDABLE", async () => {
    const { mock, client, capture } = await captured();
    const refund = await capture.refund({ amount: "1000" });
    if (refund.status !== "PENDING") throw new Error(refund.status);
    mock.settle();
    expect((await apiError(capture.void())).reason).toBe("NOT_VOIDABLE");
    expect((await apiError(refund.void())).reason).toBe("NOT_VOIDABLE");
    const next = await capture.refund({ amount: "1000" });
    if (next.status !== "PENDING") throw new Error(next.status);
    await client.void({ kind: "refund", id: next.toStoredRefund().id });
    expect((await apiError(next.void())).reason).toBe("NOT_VOIDABLE");
    expect(mock.captures[0]!.refundedAmount).toBe("1000");
  });

  test("refuses to void a capture that has refunds (NOT_VOIDABLE, inferred)", async () => {
    const { capture } = await captured();
    await capture.refund({ amount: "1000" });
    expect((await apiError(capture.void())).reason).toBe("NOT_VOIDABLE");
  });

  test("answers an unknown credit with INVALID_DATA", async () => {
    const { client } = await captured();
    const error = await apiError(client.void({ kind: "credit", id: "7000000000000000000009" }));
    expect(error.reason).toBe("INVALID_DATA");
  });

  test("rejects an unknown kind before sending anything", async () => {
    const { client } = await captured();
    // @ts-expect-error: not a kind
    const error = await failure(client.void({ kind: "payment", id: "1" }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "kind" }] });
  });
});

describe("a refund whose answer is lost", () => {
  test.each([["5001"], ["5002"], ["5201"]])(
    "(%s yen) is sent once and void() voids it by its transaction id",
    async (amount) => {
      const { mock, capture } = await captured("120000");
      const error = await failure((capture as CaptureResult).refund({ amount }));
      expect(error).toBeInstanceOf(RefundOutcomeUnknownError);
      expect(error).toBeInstanceOf(VoidableOutcomeError);
      const lost = error as RefundOutcomeUnknownError;
      expect(lost).toMatchObject({
        code: "REFUND_OUTCOME_UNKNOWN",
        amount,
        refundedId: capture.id,
      });
      expect(mock.requests.filter((r) => r.operation === "refund")).toHaveLength(1);
      expect(mock.refunds).toHaveLength(1);
      const voided = await lost.void();
      expect(voided).toMatchObject({ status: "VOIDED", transactionId: lost.transactionId });
      expect(mock.voids[0]).toMatchObject({ kind: "refund", timeout: true });
      expect(mock.refunds[0]!.state).toBe("VOIDED");
      expect(mock.captures[0]!.refundedAmount).toBe("0");
      expect(mock.requests.filter((r) => r.operation === "refund")).toHaveLength(1);
    },
  );

  test("a dropped answer (the fetch fails) is not retried either", async () => {
    const { fetch, calls } = recordingFetch(async (request) => {
      const answer = await globalThis.fetch(request);
      if (request.url.endsWith("/refunds")) throw new TypeError("fetch failed");
      return answer;
    });
    const { mock, capture } = await captured("120000", { fetch, retryAttempts: 3 });
    const error = await failure(capture.refund({ amount: "3000" }));
    expect(error).toBeInstanceOf(RefundOutcomeUnknownError);
    expect(calls.filter((call) => call.url.endsWith("/refunds"))).toHaveLength(1);
    await (error as RefundOutcomeUnknownError).void();
    expect(mock.refunds[0]!.state).toBe("VOIDED");
  });
});

describe("a capture whose answer is lost by the mock's scenario", () => {
  test("5002 yen: recorded, answered 502, voided by the timeout void", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const result = await client.authorize(installmentRequest("6000"));
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const error = await failure(result.capture({ amount: "5002" }));
    expect(error).toMatchObject({ code: "CAPTURE_OUTCOME_UNKNOWN", httpStatus: 502 });
    expect(mock.requests.filter((r) => r.operation === "capture")).toHaveLength(1);
    await (error as { void(): Promise<unknown> }).void();
    expect(mock.captures[0]!.state).toBe("VOIDED");
  });
});
