import { describe, expect, test } from "vitest";
import { createJpoClient, type JpoClientOptions } from "../src/client.js";
import { AuthorizationOutcomeUnknownError } from "../src/payments/outcome-unknown-error.js";
import { CybersourceApiError, JpoValidationError, TransportError } from "../src/errors.js";
import { httpSignatureAuth } from "../src/auth/http-signature.js";
import { jwtAuth } from "../src/auth/jwt.js";
import { harness, keyId, merchantId, NOW, sharedSecret } from "./support/harness.js";
import { installmentRequest, mutable } from "./support/requests.js";

/** The installment request for `amount` yen: the mock picks its scenario by amount. */
function forAmount(amount: string) {
  const request = mutable();
  request.orderInformation.amountDetails.totalAmount = amount;
  return request;
}

async function outcomeUnknown(
  promise: Promise<unknown>,
): Promise<AuthorizationOutcomeUnknownError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
  return error as AuthorizationOutcomeUnknownError;
}

describe("authorize against the mock", () => {
  test("approves an installment payment and fills the defaults it reports", async () => {
    const { client, mock, sent } = await harness();
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    if (result.status !== "AUTHORIZED") return;
    expect(result.id).toMatch(/^\d{22}$/);
    expect(result.approvalCode).toBe("123456");
    expect(result.authorizedAmount).toBe("120000");
    expect(result.reconciliationId).toBeTruthy();
    expect(result.salesSlipNumber).toMatch(/^\d+$/);
    expect(result.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.transactionId.length).toBeLessThanOrEqual(30);
    expect(result.defaultsApplied).toEqual({ transactionId: result.transactionId });
    expect(sent[0]?.body).toMatchObject({
      clientReferenceInformation: { transactionId: result.transactionId },
    });
    // Cybersource defaults the first billing month itself, on its own clock.
    expect(sent[0]?.body).not.toHaveProperty(
      "processingInformation.japanPaymentOptions.firstBillingMonth",
    );
    expect(mock.authorizations).toMatchObject([
      { id: result.id, transactionId: result.transactionId, state: "AUTHORIZED" },
    ]);
  });

  test("sends JPY upper-case and 100.00 as 100", async () => {
    const { client, sent } = await harness();
    const request = forAmount("100.00");
    request.orderInformation.amountDetails.currency = "jpy";
    const result = await client.authorize(request);
    expect(result.requestedAmount).toBe("100");
    expect(sent[0]?.body).toMatchObject({
      orderInformation: { amountDetails: { totalAmount: "100", currency: "JPY" } },
    });
  });

  test("keeps the caller's transaction id and first billing month", async () => {
    const { client } = await harness();
    const request = mutable();
    request.clientReferenceInformation.transactionId = "ORDER-1-TX";
    request.processingInformation.japanPaymentOptions.firstBillingMonth = "03";
    const result = await client.authorize(request);
    expect(result.transactionId).toBe("ORDER-1-TX");
    expect(result.defaultsApplied).toEqual({});
  });

  test("resolves a decline as a result with its reason, not an exception", async () => {
    const { client } = await harness();
    const result = await client.authorize(forAmount("1001"));
    expect(result).toMatchObject({ status: "DECLINED", errorReason: "INSUFFICIENT_FUND" });
  });

  test("reports a partial approval with the amount approved, and captures that amount", async () => {
    const { client, mock } = await harness();
    const result = await client.authorize(forAmount("2001"));
    expect(result).toMatchObject({ status: "PARTIAL_AUTHORIZED", authorizedAmount: "1000" });
    if (result.status !== "PARTIAL_AUTHORIZED") return;
    const capture = await result.capture();
    expect(capture).toMatchObject({ status: "PENDING", amount: "1000" });
    expect(mock.authorizations[0]?.state).toBe("CAPTURED");
  });

  test.each([
    ["2002", "AUTHORIZED_PENDING_REVIEW"],
    ["2003", "AUTHORIZED_RISK_DECLINED"],
  ])("offers only reverse() for %s (%s), and reverses it", async (amount, status) => {
    const { client, mock } = await harness();
    const result = await client.authorize(forAmount(amount));
    expect(result.status).toBe(status);
    expect(result).not.toHaveProperty("capture");
    if (result.status !== status || !("reverse" in result)) throw new Error("no reverse()");
    expect(await result.reverse()).toMatchObject({ status: "REVERSED" });
    expect(mock.authorizations[0]?.state).toBe("REVERSED");
  });

  test("rejects an invalid request before sending anything", async () => {
    const { client, mock, sent } = await harness();
    const request = mutable();
    request.paymentInformation.card.number = "5555555555554444";
    const error = await client.authorize(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JpoValidationError);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "paymentInformation.card.number", rule: "visa-only" },
    ]);
    expect(sent).toEqual([]);
    expect(mock.authorizations).toEqual([]);
  });

  test("fails with AUTHENTICATION_FAILED on a wrong secret, and nothing is recorded", async () => {
    const { mock } = await harness();
    const { client } = await harness({
      environment: mock.url,
      auth: httpSignatureAuth({
        merchantId,
        keyId,
        sharedSecret: btoa("another secret"),
        now: () => NOW,
      }),
    });
    const error = await client.authorize(installmentRequest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CybersourceApiError);
    expect(error).toMatchObject({ code: "AUTHENTICATION_FAILED", httpStatus: 401 });
    expect((error as CybersourceApiError).correlationId).toBeTruthy();
    expect(mock.authorizations).toEqual([]);
  });

  test("surfaces Cybersource's INVALID_DATA for a reused transaction id", async () => {
    const { client } = await harness();
    const request = mutable();
    request.clientReferenceInformation.transactionId = "TX-SAME";
    await client.authorize(request);
    const error = await client.authorize(request).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "CYBERSOURCE_API_ERROR",
      httpStatus: 400,
      reason: "INVALID_DATA",
    });
  });

  test("authorizes with a shared-secret JWT too", async () => {
    const { mock } = await harness();
    const { client } = await harness({
      environment: mock.url,
      auth: jwtAuth({ merchantId, keyId, sharedSecret, now: () => NOW }),
    });
    expect((await client.authorize(installmentRequest())).status).toBe("AUTHORIZED");
  });
});

describe("follow-ups", () => {
  test("capture and reverse change the authorization's state", async () => {
    const { client, mock } = await harness();
    const first = await client.authorize(installmentRequest());
    const second = await client.authorize(installmentRequest());
    if (first.status !== "AUTHORIZED" || second.status !== "AUTHORIZED")
      throw new Error("not approved");
    expect(await first.capture()).toMatchObject({ status: "PENDING", amount: "120000" });
    expect(await second.reverse({ reason: "34" })).toMatchObject({
      status: "REVERSED",
      alreadyReversed: false,
    });
    expect(mock.authorizations.map((a) => a.state)).toEqual(["CAPTURED", "REVERSED"]);
    const again = await second.reverse().catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CYBERSOURCE_API_ERROR", reason: "AUTH_ALREADY_REVERSED" });
  });

  test("captures and reverses later from a stored id and amount", async () => {
    const { client, mock } = await harness();
    const first = await client.authorize(installmentRequest());
    const second = await client.authorize(installmentRequest());
    if (first.status !== "AUTHORIZED" || second.status !== "AUTHORIZED") throw new Error("no");
    const stored = { id: first.id, amount: first.authorizedAmount };
    expect(
      await client.capture({
        ...stored,
        japanPaymentOptions: installmentRequest().processingInformation.japanPaymentOptions,
      }),
    ).toMatchObject({ status: "PENDING", amount: "120000" });
    expect(await client.reverse({ id: second.id, amount: second.authorizedAmount })).toMatchObject({
      status: "REVERSED",
    });
    expect(mock.authorizations.map((a) => a.state)).toEqual(["CAPTURED", "REVERSED"]);
  });

  test("refuses a stored id that is not a payment id, before sending", async () => {
    const { client, sent } = await harness();
    for (const id of ["../../admin", "", "1".repeat(27)]) {
      const error = await client.capture({ id, amount: "100" }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: "VALIDATION_FAILED",
        issues: [{ path: "id", rule: "pattern" }],
      });
    }
    const amount = await client.reverse({ id: "123", amount: "12.5" }).catch((e: unknown) => e);
    expect(amount).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(sent).toEqual([]);
  });

  test("captures a bonus-with-installments authorization, restating its bonuses", async () => {
    const { client, mock } = await harness();
    const request = mutable();
    Object.assign(request.processingInformation.japanPaymentOptions, {
      paymentMethod: "31",
      bonuses: [
        { month: "07", amount: "20000" },
        { month: "12", amount: "20000" },
      ],
    });
    const result = await client.authorize(request);
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    expect((await result.capture()).status).toBe("PENDING");
    expect(mock.captures).toHaveLength(1);
  });

  test("retries a reversal after a network error", async () => {
    let failures = 1;
    const { client, mock } = await harness({
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.endsWith("/reversals") && failures-- > 0) throw new TypeError("fetch failed");
        return fetch(input, init);
      },
    });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    expect(await result.reverse()).toMatchObject({ status: "REVERSED", alreadyReversed: false });
    expect(mock.reversals).toHaveLength(1);
  });

  test("treats AUTH_ALREADY_REVERSED on a retry as the earlier try's success", async () => {
    let lose = 1;
    const { client, mock } = await harness({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const url = input instanceof Request ? input.url : String(input);
        if (url.endsWith("/reversals") && lose-- > 0) throw new TypeError("connection reset");
        return response;
      },
    });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    expect(await result.reverse()).toMatchObject({ status: "REVERSED", alreadyReversed: true });
    expect(mock.authorizations[0]?.state).toBe("REVERSED");
  });

  test("gives up on a reversal after the configured tries with a TransportError", async () => {
    const { client } = await harness({
      retryAttempts: 2,
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.endsWith("/reversals")) throw new TypeError("fetch failed");
        return fetch(input, init);
      },
    });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const error = await result.reverse().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toMatch(/after 2 tries/);
  });
});

describe("an authorization whose outcome is unknown", () => {
  test.each([
    ["5002", "a 502", 502],
    ["5001", "a reset connection", undefined],
    ["5201", "a malformed 201 body", 201],
  ])(
    "is never retried after %s (%s) and is reversed by transaction id",
    async (amount, _what, httpStatus) => {
      const { client, mock, sent } = await harness();
      const error = await outcomeUnknown(client.authorize(forAmount(amount)));
      expect(error).toMatchObject({
        code: "AUTHORIZATION_OUTCOME_UNKNOWN",
        amount,
        currency: "JPY",
        httpStatus,
      });
      expect(sent.filter((event) => event.operation === "authorize")).toHaveLength(1);
      expect(mock.authorizations).toMatchObject([
        { transactionId: error.transactionId, state: "AUTHORIZED" },
      ]);
      expect(await error.reverse()).toMatchObject({ status: "REVERSED" });
      expect(mock.authorizations[0]?.state).toBe("REVERSED");
    },
  );

  test("times out a slow answer and reverses it", async () => {
    const { client, mock } = await harness({ timeoutMs: 200 });
    const error = await outcomeUnknown(client.authorize(forAmount("5065")));
    expect(error.message).toMatch(/no response within 200 ms/);
    expect(await error.reverse()).toMatchObject({ status: "REVERSED" });
    expect(mock.reversals).toHaveLength(1);
  });

  test("waits out the timeout reversal delay from when the authorization was sent", async () => {
    let clock = NOW.getTime();
    const { client } = await harness({ now: () => new Date(clock), timeoutReversalDelayMs: 150 });
    const error = await outcomeUnknown(client.authorize(forAmount("5002")));
    const started = Date.now();
    clock += 100; // 100 ms of the 150 have passed
    await error.reverse();
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  test("counts a caller's abort after sending as unknown too", async () => {
    const { client, mock } = await harness();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await outcomeUnknown(
      client.authorize(forAmount("5065"), { signal: controller.signal }),
    );
    expect(error.message).toMatch(/aborted after it was sent/);
    expect(mock.authorizations).toHaveLength(1);
  });

  test("sends nothing when the signal is already aborted", async () => {
    const { client, mock } = await harness();
    const error = await client
      .authorize(installmentRequest(), { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(mock.authorizations).toEqual([]);
  });

  test("can be reversed later from the caller's records", async () => {
    const { client, mock } = await harness();
    const error = await outcomeUnknown(client.authorize(forAmount("5002")));
    const reversal = await client.reverseTimedOut({
      transactionId: error.transactionId,
      amount: "5002",
      currency: "jpy",
    });
    expect(reversal.status).toBe("REVERSED");
    expect(mock.authorizations[0]?.state).toBe("REVERSED");
    const unknown = await client
      .reverseTimedOut({ transactionId: "NEVER-SENT", amount: "1", currency: "JPY" })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: "CYBERSOURCE_API_ERROR", reason: "MISSING_AUTH" });
  });
});

describe("client options", () => {
  test("refuses a transaction id generator that breaks the spec, before sending", async () => {
    const { client, sent } = await harness({ newTransactionId: () => "x".repeat(31) });
    const error = await client.authorize(installmentRequest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JpoValidationError);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "clientReferenceInformation.transactionId", rule: "max-length" },
    ]);
    expect(sent).toEqual([]);
  });

  test("refuses a partner option that breaks the spec, naming the field, before sending", async () => {
    const partner = { developerId: "D".repeat(9), solutionId: "S".repeat(9) };
    const { client, sent } = await harness({ partner });
    const error = await client.authorize(installmentRequest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JpoValidationError);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "clientReferenceInformation.partner.developerId", rule: "max-length" },
      { path: "clientReferenceInformation.partner.solutionId", rule: "max-length" },
    ]);
    expect(sent).toEqual([]);
  });

  test.each([
    [{ environment: "staging" }, "environment"],
    [{ environment: "test", auth: {} }, "auth"],
    [{ environment: "test", timeoutMs: -1 }, "timeoutMs"],
  ])("rejects %j with CLIENT_CONFIG_INVALID naming %s", (options, field) => {
    const auth = httpSignatureAuth({ merchantId, keyId, sharedSecret });
    expect(() => createJpoClient({ auth, ...options } as JpoClientOptions)).toThrow(
      expect.objectContaining({
        code: "CLIENT_CONFIG_INVALID",
        message: expect.stringContaining(field),
      }),
    );
  });
});
