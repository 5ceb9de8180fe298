import { describe, expect, it } from "vitest";
import { authenticationScenarios } from "../../src/mock/index.js";
import type { JpoAuthorizationRequest } from "../../src/index.js";
import { harness } from "../support/harness.js";
import { installmentRequest, mutable } from "../support/requests.js";

const card = (number: string) => ({
  number,
  expirationMonth: "12",
  expirationYear: "2031",
  type: "001" as const,
});
const browser = {
  ipAddress: "203.0.113.7",
  httpAcceptBrowserValue: "text/html",
  userAgentBrowserValue: "Mozilla/5.0",
  httpBrowserLanguage: "ja-JP",
  httpBrowserJavaEnabled: false,
  httpBrowserJavaScriptEnabled: true,
  httpBrowserColorDepth: "24",
  httpBrowserScreenHeight: "864",
  httpBrowserScreenWidth: "1536",
  httpBrowserTimeDifference: "-540",
};

/** The installment request with CONSUMER_AUTHENTICATION for `number`. */
function authenticated(number: string, referenceId = "0_mock-ref"): JpoAuthorizationRequest {
  const request = installmentRequest();
  return {
    ...request,
    paymentInformation: { card: card(number) },
    processingInformation: {
      ...request.processingInformation,
      actionList: ["CONSUMER_AUTHENTICATION"],
    },
    consumerAuthenticationInformation: { referenceId, returnUrl: "https://shop.example.jp/3ds" },
    deviceInformation: browser,
  };
}

describe("3-D Secure pass-through", () => {
  it("sends the result of an authentication made elsewhere and is authorized", async () => {
    const { client, mock } = await harness();
    const request = installmentRequest();
    const result = await client.authorize({
      ...request,
      processingInformation: { ...request.processingInformation, commerceIndicator: "vbv" },
      consumerAuthenticationInformation: { cavv: "AAIBBYNoEwAAACcKhAJkdQAAAAA=", eciRaw: "05" },
    });
    expect(result.status).toBe("AUTHORIZED");
    expect(result.warnings).toEqual([]);
    expect(mock.requests[0]?.notes ?? []).toEqual([]);
  });
});

describe("3-D Secure with the authorization (combined flow, against the mock)", () => {
  it("sets up device data collection for a card and for a transient token", async () => {
    const { client, mock, sent } = await harness();
    const setup = await client.setupPayerAuthentication({
      paymentInformation: { card: card("4000000000002701") },
    });
    expect(setup.deviceDataCollectionUrl).toBe(`${mock.url}/cardinal/V1/Cruise/Collect`);
    expect(setup.referenceId).toMatch(/^0_/u);
    expect(setup.accessToken.split(".")).toHaveLength(3);
    const transientTokenJwt = mock.createTransientToken({
      number: "4000000000002701",
      expirationMonth: "12",
      expirationYear: "2031",
    });
    await client.setupPayerAuthentication({ tokenInformation: { transientTokenJwt } });
    expect(sent.map((event) => event.operation)).toEqual([
      "setupPayerAuthentication",
      "setupPayerAuthentication",
    ]);
    const body = mock.requests[1]?.body as { tokenInformation?: { transientToken?: string } };
    expect(body.tokenInformation?.transientToken).toBe("***");
    expect(JSON.stringify(sent)).not.toContain(transientTokenJwt);
  });

  it("refuses a setup request of the wrong shape before sending, never mutating it", async () => {
    const { client, sent } = await harness();
    const setup = client.setupPayerAuthentication as (request: unknown) => Promise<unknown>;
    await expect(setup(null)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [expect.objectContaining({ path: "", rule: "type" })],
    });
    const both = {
      paymentInformation: { card: card("4000000000002701") },
      tokenInformation: { jti: "1E3GQY9MMV1GE4NM3DHTRMR9OD6XFMXQ" },
    };
    const copy = structuredClone(both);
    await expect(setup(both)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: "tokenInformation", rule: "one-card-source" })],
    });
    expect(both).toEqual(copy);
    const stray = { paymentInformation: { card: card("4000000000002701") }, orderInfo: {} };
    await expect(setup(stray)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: "orderInfo", rule: "unknown-field" })],
    });
    const cyclic: Record<string, unknown> = { paymentInformation: {} };
    cyclic["self"] = cyclic;
    await expect(setup(cyclic)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: "self", rule: "cycle" })],
    });
    expect(sent).toEqual([]);
  });

  it("authorizes a frictionless card with its ECI 05 and CAVV", async () => {
    const { client } = await harness();
    const result = await client.authorize(authenticated("4000000000002701"));
    expect(result.status).toBe("AUTHORIZED");
    expect(result.authentication).toMatchObject({
      eci: "05",
      paresStatus: "Y",
      specificationVersion: "2.2.0",
    });
    expect(result.authentication?.cavv).toBeTypeOf("string");
  });

  it("asks for a challenge, then authorizes once the challenge passes", async () => {
    const { client, mock, sent } = await harness();
    const pending = await client.authorize(authenticated("4000000000002503"));
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    expect(pending.errorReason).toBe("CONSUMER_AUTHENTICATION_REQUIRED");
    expect(pending.stepUp.url).toBe(`${mock.url}/cardinal/V2/Cruise/StepUp`);
    expect("reverse" in pending).toBe(false);
    expect(mock.authorizations).toEqual([]);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "pass");
    const result = await client.completeAuthentication(pending);
    expect(result.status).toBe("AUTHORIZED");
    expect(result.authentication).toMatchObject({ eci: "05", paresStatus: "Y" });
    expect(sent.map((event) => event.operation)).toEqual(["authorize", "completeAuthentication"]);
    const validation = mock.requests[1]?.body as Record<string, Record<string, unknown>>;
    expect(validation["processingInformation"]?.["actionList"]).toEqual([
      "VALIDATE_CONSUMER_AUTHENTICATION",
    ]);
    expect(validation["consumerAuthenticationInformation"]).toEqual({
      authenticationTransactionId: pending.stepUp.authenticationTransactionId,
    });
  });

  it("declines with CONSUMER_AUTHENTICATION_FAILED when the challenge fails", async () => {
    const { client, mock } = await harness();
    const request = authenticated("4000000000002503");
    const pending = await client.authorize(request);
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "fail");
    const stored = {
      authenticationTransactionId: pending.stepUp.authenticationTransactionId,
      request,
    };
    const result = await client.completeAuthentication(JSON.parse(JSON.stringify(stored)));
    expect(result.status).toBe("DECLINED");
    if (result.status !== "DECLINED") return;
    expect(result.errorReason).toBe("CONSUMER_AUTHENTICATION_FAILED");
    expect(result.authentication).toMatchObject({ eci: "07", paresStatus: "N" });
    expect(mock.authorizations).toEqual([]);
  });

  it("sends the request as first validated, whatever the caller changes afterwards", async () => {
    const { client, mock } = await harness();
    const request = mutable(authenticated("4000000000002503"));
    const pending = await client.authorize(request);
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "pass");
    request.orderInformation.amountDetails.totalAmount = "999999";
    const result = await client.completeAuthentication(pending);
    expect(result.status).toBe("AUTHORIZED");
    const sent = mock.requests.at(-1)?.body as { orderInformation: { amountDetails: object } };
    expect(sent.orderInformation.amountDetails).toMatchObject({ totalAmount: "120000" });
  });

  it("refuses records of the wrong shape with a typed error, before sending", async () => {
    const { client, sent } = await harness();
    const complete = client.completeAuthentication as (pending: unknown) => Promise<unknown>;
    for (const wrong of [null, "x", { authenticationTransactionId: "1", request: null }]) {
      await expect(complete(wrong)).rejects.toMatchObject({ code: "AUTHENTICATION_NOT_PENDING" });
    }
    const cyclic: Record<string, unknown> = { authenticationTransactionId: "1" };
    cyclic["request"] = cyclic;
    await expect(complete(cyclic)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [expect.objectContaining({ rule: "cycle" })],
    });
    expect(sent).toEqual([]);
  });

  it("completes a transient token's challenge under its capture context when tokens are verified", async () => {
    const { client, mock } = await harness({ verifyTransientTokens: true });
    const { captureContext } = await client.createCaptureContext({
      targetOrigins: ["http://127.0.0.1:8080"],
    });
    const tokenized = await fetch(`${mock.url}/flex/v2/tokens`, {
      method: "POST",
      body: JSON.stringify({ captureContext, card: card("4000000000002503") }),
    });
    const transientTokenJwt = await tokenized.text();
    const { paymentInformation: _card, ...request } = authenticated("4000000000002503");
    const pending = await client.authorize(
      { ...request, tokenInformation: { transientTokenJwt } },
      { captureContext },
    );
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    mock.completeChallenge(pending.stepUp.authenticationTransactionId, "pass");
    const unverified = await client.completeAuthentication(pending).catch((e: unknown) => e);
    expect((unverified as { issues: unknown[] }).issues).toMatchObject([
      { path: "tokenInformation.transientTokenJwt", rule: "token-unverified" },
    ]);
    const result = await client.completeAuthentication(pending, { captureContext });
    expect(result.status).toBe("AUTHORIZED");
    expect(mock.authorizations[0]?.cardSource.kind).toBe("transientToken");
  });

  it("declines a card whose authentication fails without a challenge", async () => {
    const { client } = await harness();
    const result = await client.authorize(authenticated("4000000000002925"));
    expect(result).toMatchObject({
      status: "DECLINED",
      errorReason: "CONSUMER_AUTHENTICATION_FAILED",
    });
  });

  it("publishes Cybersource's Visa test cards with their outcomes", () => {
    expect(authenticationScenarios.map(({ number, outcome }) => `${number} ${outcome}`)).toEqual([
      "4000000000002701 frictionless",
      "4000000000002719 attempted",
      "4000000000002503 challenge",
      "4000000000002370 challenge",
      "4000000000002420 challenge",
      "4000000000002925 failed",
      "4000000000002313 unavailable",
      "4000000000002537 rejected",
    ]);
  });
});
