import { describe, expect, it } from "vitest";
import {
  isCybersourceJpoError,
  type AuthenticationPassThrough,
  type JpoAuthorizationRequest,
  type PayerAuthEnrollmentRequest,
} from "../../src/index.js";
import { harness } from "../support/harness.js";
import { billTo, installmentRequest } from "../support/requests.js";

const card = (number: string) => ({
  number,
  expirationMonth: "12",
  expirationYear: "2031",
  type: "001" as const,
});
const order = { amountDetails: { totalAmount: "120000", currency: "JPY" as const }, billTo };
const browser = {
  ipAddress: "203.0.113.7",
  httpAcceptBrowserValue: "text/html",
  userAgentBrowserValue: "Mozilla/5.0",
  httpBrowserLanguage: "ja-JP",
  httpBrowserJavaScriptEnabled: true,
  httpBrowserColorDepth: "24",
  httpBrowserScreenHeight: "864",
  httpBrowserScreenWidth: "1536",
  httpBrowserTimeDifference: "-540",
};

/** An enrollment check of `number` from a browser, after device data collection. */
function enrollment(number: string): PayerAuthEnrollmentRequest {
  return {
    clientReferenceInformation: { code: "ORDER-1" },
    orderInformation: order,
    paymentInformation: { card: card(number) },
    deviceInformation: browser,
    consumerAuthenticationInformation: {
      referenceId: "0_mock-ref",
      returnUrl: "https://shop.example.jp/3ds",
      deviceChannel: "Browser",
    },
  };
}

/** The installment authorization of `number` with an authentication's pass-through. */
function authorization(number: string, passThrough: AuthenticationPassThrough) {
  const request = installmentRequest();
  return {
    ...request,
    paymentInformation: { card: card(number) },
    processingInformation: {
      ...request.processingInformation,
      ...passThrough.processingInformation,
    },
    consumerAuthenticationInformation: passThrough.consumerAuthenticationInformation,
  } satisfies JpoAuthorizationRequest;
}

describe("authenticate first (POST /risk/v1/authentications), then authorize", () => {
  it("authenticates a frictionless card and authorizes with its pass-through (ECI 05, vbv)", async () => {
    const { client, mock, sent } = await harness();
    const result = await client.checkPayerAuthEnrollment(enrollment("4000000000002701"));
    if (result.status !== "AUTHENTICATED") throw new Error(result.status);
    expect(result.cybersourceStatus).toBe("AUTHENTICATION_SUCCESSFUL");
    expect(result.warnings).toEqual([]);
    expect(result.passThrough.processingInformation).toEqual({ commerceIndicator: "vbv" });
    const cai = result.passThrough.consumerAuthenticationInformation;
    expect(cai).toMatchObject({ eciRaw: "05", paSpecificationVersion: "2.2.0" });
    expect(cai.cavv).toMatch(/^[A-Za-z0-9+/=]+$/u);
    expect(cai.authenticationTransactionId).toMatch(/^MockTx/u);
    expect(mock.authorizations).toEqual([]);
    const authorized = await client.authorize(
      authorization("4000000000002701", result.passThrough),
    );
    expect(authorized.status).toBe("AUTHORIZED");
    expect(authorized.warnings).toEqual([]);
    expect(sent.map((event) => event.operation)).toEqual(["checkPayerAuthEnrollment", "authorize"]);
    expect(mock.requests.map((r) => r.operation)).toEqual([
      "checkPayerAuthEnrollment",
      "authorize",
    ]);
    const body = mock.requests[1]?.body as Record<string, Record<string, unknown>>;
    expect(body["processingInformation"]?.["commerceIndicator"]).toBe("vbv");
    expect(body["consumerAuthenticationInformation"]).toMatchObject({
      cavv: cai.cavv,
      eciRaw: "05",
    });
    expect(mock.requests[1]?.notes).toEqual([]);
  });

  it("passes an attempted authentication through as vbv_attempted (ECI 06)", async () => {
    const { client } = await harness();
    const result = await client.checkPayerAuthEnrollment(enrollment("4000000000002719"));
    if (result.status !== "AUTHENTICATED") throw new Error(result.status);
    expect(result.authentication).toMatchObject({ eci: "06", paresStatus: "A" });
    expect(result.passThrough.processingInformation.commerceIndicator).toBe("vbv_attempted");
    const authorized = await client.authorize(
      authorization("4000000000002719", result.passThrough),
    );
    expect(authorized.status).toBe("AUTHORIZED");
  });

  it("reports an unavailable authentication as NOT_AUTHENTICATED with internet (ECI 07, no CAVV)", async () => {
    const { client } = await harness();
    const result = await client.checkPayerAuthEnrollment(enrollment("4000000000002313"));
    if (result.status !== "NOT_AUTHENTICATED") throw new Error(result.status);
    expect(result.passThrough.processingInformation).toEqual({ commerceIndicator: "internet" });
    expect(result.passThrough.consumerAuthenticationInformation.cavv).toBeUndefined();
    const authorized = await client.authorize(
      authorization("4000000000002313", result.passThrough),
    );
    expect(authorized.status).toBe("AUTHORIZED");
  });

  it.each([
    ["4000000000002925", "N"],
    ["4000000000002537", "R"],
  ])(
    "answers AUTHENTICATION_FAILED for %s (PARes %s), with no pass-through",
    async (number, pares) => {
      const { client, mock } = await harness();
      const result = await client.checkPayerAuthEnrollment(enrollment(number));
      if (result.status !== "AUTHENTICATION_FAILED") throw new Error(result.status);
      expect(result.errorReason).toBe("CONSUMER_AUTHENTICATION_FAILED");
      expect(result.authentication).toMatchObject({ eci: "07", paresStatus: pares });
      expect("passThrough" in result).toBe(false);
      expect(mock.authorizations).toEqual([]);
    },
  );

  it("authenticates a transient token, sent by its id", async () => {
    const { client, mock, sent } = await harness();
    const transientTokenJwt = mock.createTransientToken(card("4000000000002701"));
    const { paymentInformation: _card, ...request } = enrollment("4000000000002701");
    const result = await client.checkPayerAuthEnrollment({
      ...request,
      tokenInformation: { transientTokenJwt },
    });
    expect(result.status).toBe("AUTHENTICATED");
    const body = mock.requests[0]?.body as { tokenInformation?: Record<string, unknown> };
    expect(body.tokenInformation).toEqual({ transientToken: "***" });
    expect(JSON.stringify(sent)).not.toContain(transientTokenJwt);
  });
});

describe("a challenge, then POST /risk/v1/authentication-results", () => {
  it("validates a passed challenge and authorizes with the result", async () => {
    const { client, mock } = await harness();
    const pending = await client.checkPayerAuthEnrollment(enrollment("4000000000002503"));
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    expect(pending.stepUp.url).toBe(`${mock.url}/cardinal/V2/Cruise/StepUp`);
    expect(pending.stepUp.accessToken.split(".")).toHaveLength(3);
    expect(JSON.stringify(pending.raw)).not.toContain(pending.stepUp.accessToken);
    const { authenticationTransactionId } = pending.stepUp;
    mock.completeChallenge(authenticationTransactionId, "pass");
    const validated = await client.validateAuthenticationResults({
      authenticationTransactionId,
      clientReferenceInformation: { code: "ORDER-1" },
      orderInformation: { amountDetails: order.amountDetails },
      paymentInformation: { card: card("4000000000002503") },
    });
    if (validated.status !== "AUTHENTICATED") throw new Error(validated.status);
    expect(validated.passThrough.processingInformation.commerceIndicator).toBe("vbv");
    expect(validated.passThrough.consumerAuthenticationInformation).toMatchObject({
      eciRaw: "05",
      authenticationTransactionId,
    });
    const sentBody = mock.requests[1]?.body as Record<string, unknown>;
    expect(sentBody["consumerAuthenticationInformation"]).toEqual({ authenticationTransactionId });
    expect(mock.requests[1]?.operation).toBe("validateAuthenticationResults");
    const authorized = await client.authorize(
      authorization("4000000000002503", validated.passThrough),
    );
    expect(authorized.status).toBe("AUTHORIZED");
  });

  it("answers AUTHENTICATION_FAILED when the cardholder fails the challenge", async () => {
    const { client, mock } = await harness();
    const pending = await client.checkPayerAuthEnrollment(enrollment("4000000000002503"));
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "fail");
    const validated = await client.validateAuthenticationResults({
      authenticationTransactionId: pending.stepUp.authenticationTransactionId,
      orderInformation: { amountDetails: order.amountDetails },
      paymentInformation: { card: card("4000000000002503") },
    });
    expect(validated).toMatchObject({
      status: "AUTHENTICATION_FAILED",
      errorReason: "CONSUMER_AUTHENTICATION_FAILED",
      authentication: { eci: "07", paresStatus: "N" },
    });
    expect(validated.warnings.map((w) => w.path)).toEqual(["clientReferenceInformation.code"]);
  });

  it("refuses an unknown transaction id with Cybersource's 400", async () => {
    const { client } = await harness();
    const error = await client
      .validateAuthenticationResults({
        authenticationTransactionId: "MockTx99999999999999",
        orderInformation: { amountDetails: order.amountDetails },
        paymentInformation: { card: card("4000000000002503") },
      })
      .catch((caught: unknown) => caught);
    expect(isCybersourceJpoError(error) && error.code).toBe("CYBERSOURCE_API_ERROR");
    expect(JSON.stringify(error)).not.toContain("4000000000002503");
    expect(String((error as Error).message)).not.toContain("4000000000002503");
  });
});

describe("payer authentication input and failures", () => {
  it("rejects bad input before sending, naming each field, without card data", async () => {
    const { client, mock } = await harness();
    const request = enrollment("4000000000002701");
    const bad = {
      ...request,
      orderInformation: { amountDetails: { totalAmount: "100.50", currency: "JPY" as const } },
      paymentInformation: { card: { ...card("4000000000002701"), expirationMonth: "13" } },
      consumerAuthenticationInformation: { returnUrl: "x".repeat(2049), referenceId: "r" },
    };
    const error = await client.checkPayerAuthEnrollment(bad).catch((caught: unknown) => caught);
    if (!isCybersourceJpoError(error) || error.code !== "VALIDATION_FAILED") throw error;
    const issues = (error as unknown as { issues: { path: string; rule: string }[] }).issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      "consumerAuthenticationInformation.returnUrl",
      "orderInformation.amountDetails.totalAmount",
      "paymentInformation.card.expirationMonth",
    ]);
    expect(JSON.stringify(issues) + error.message).not.toContain("4000000000002701");
    expect(bad.orderInformation.amountDetails.totalAmount).toBe("100.50");
    expect(mock.requests).toEqual([]);
  });

  it.each([
    ["null", null],
    ["no card source", { orderInformation: order }],
    [
      "two card sources",
      { ...enrollment("4000000000002701"), tokenInformation: { jti: "a".repeat(64) } },
    ],
    [
      "a misspelt field",
      {
        ...enrollment("4000000000002701"),
        consumerAuthenticationInformation: { returnURL: "https://x" },
      },
    ],
  ])("rejects %s with a typed error before sending", async (_name, request) => {
    const { client, mock } = await harness();
    const error = await client
      .checkPayerAuthEnrollment(request as unknown as PayerAuthEnrollmentRequest)
      .catch((caught: unknown) => caught);
    expect(isCybersourceJpoError(error) && error.code).toBe("VALIDATION_FAILED");
    expect(mock.requests).toEqual([]);
  });

  it("rejects bad options as a rejected promise, not a synchronous throw", async () => {
    const { client, mock } = await harness();
    const check = client.checkPayerAuthEnrollment as (r: unknown, o: unknown) => Promise<unknown>;
    const error = await check(enrollment("4000000000002701"), { signal: "soon" }).catch(
      (caught: unknown) => caught,
    );
    expect(isCybersourceJpoError(error) && error.code).toBe("VALIDATION_FAILED");
    expect(mock.requests).toEqual([]);
  });

  it("rejects a validation without its transaction id before sending", async () => {
    const { client, mock } = await harness();
    const error = await client
      .validateAuthenticationResults({
        orderInformation: { amountDetails: order.amountDetails },
        paymentInformation: { card: card("4000000000002503") },
      } as never)
      .catch((caught: unknown) => caught);
    if (!isCybersourceJpoError(error) || error.code !== "VALIDATION_FAILED") throw error;
    expect(error.message).toContain(
      "consumerAuthenticationInformation.authenticationTransactionId",
    );
    expect(mock.requests).toEqual([]);
  });

  it("times out with a TransportError and holds nothing to reverse", async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    const { client, mock } = await harness({ timeoutMs: 50, fetch: hang });
    const error = await client
      .checkPayerAuthEnrollment(enrollment("4000000000002701"))
      .catch((caught: unknown) => caught);
    expect(isCybersourceJpoError(error) && error.code).toBe("TRANSPORT_FAILED");
    expect((error as Error).message).toContain(
      "checkPayerAuthEnrollment (POST /risk/v1/authentications)",
    );
    expect("reverse" in (error as object)).toBe(false);
    expect(mock.reversals).toEqual([]);
  });
});

describe("the mock's payer authentication endpoints", () => {
  it("answers the always-unavailable challenge card NOT_AUTHENTICATED after validation", async () => {
    const { client, mock } = await harness();
    const pending = await client.checkPayerAuthEnrollment(enrollment("4000000000002420"));
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "pass");
    const validated = await client.validateAuthenticationResults({
      authenticationTransactionId: pending.stepUp.authenticationTransactionId,
      clientReferenceInformation: { code: "ORDER-1" },
      orderInformation: { amountDetails: order.amountDetails },
      paymentInformation: { card: card("4000000000002420") },
    });
    expect(validated).toMatchObject({
      status: "NOT_AUTHENTICATED",
      passThrough: { processingInformation: { commerceIndicator: "internet" } },
    });
  });

  it("refuses a body without the amount with Cybersource's MISSING_FIELD, masking the card", async () => {
    const { client, mock } = await harness();
    const { response, error } = await client.raw.POST("/risk/v1/authentications", {
      body: { paymentInformation: { card: card("4000000000002701") } } as never,
    });
    expect(response.status).toBe(400);
    expect(mock.requests[0]).toMatchObject({ operation: "checkPayerAuthEnrollment", status: 400 });
    expect(JSON.stringify(mock.requests[0]?.body)).not.toContain("4000000000002701");
    expect(error).toMatchObject({
      reason: "MISSING_FIELD",
      details: [{ field: "orderInformation", reason: "MISSING_FIELD" }],
    });
  });
});
