import { describe, expect, it } from "vitest";
import {
  isCybersourceJpoError,
  verifyTransientToken,
  type JpoAuthorizationRequest,
  type TransientTokenSource,
} from "../../src/index.js";
import { harness, NOW } from "../support/harness.js";
import { installmentRequest } from "../support/requests.js";

const VISA = "4111111111111111";
const MASTERCARD = "5555555555554444";
const expiry = { expirationMonth: "12", expirationYear: "2031" };

/** The installment request with a transient token instead of the card. */
function tokenRequest(transientTokenJwt: string): JpoAuthorizationRequest {
  const { paymentInformation: _card, ...rest } = installmentRequest();
  const source: TransientTokenSource = { tokenInformation: { transientTokenJwt } };
  return { ...rest, ...source };
}

describe("authorize with a transient token", () => {
  it("authorizes a JPO installment payment and never sends or logs the card number", async () => {
    const { mock, client, sent } = await harness();
    const token = mock.createTransientToken({ number: VISA, ...expiry });
    const result = await client.authorize(tokenRequest(token));
    expect(result.status).toBe("AUTHORIZED");
    expect(result.warnings).toEqual([]);
    expect(mock.authorizations[0]?.cardSource.kind).toBe("transientToken");
    const logged = JSON.stringify(sent);
    expect(logged).not.toContain(VISA);
    expect(logged).not.toContain(token);
    expect(logged).toContain("[redacted]");
  });

  it("refuses a Mastercard token before sending, with the card's visa-only rule", async () => {
    const { mock, client, sent } = await harness();
    const token = mock.createTransientToken({ number: MASTERCARD, ...expiry });
    const error = await client.authorize(tokenRequest(token)).catch((e: unknown) => e);
    expect(isCybersourceJpoError(error) && error.code).toBe("VALIDATION_FAILED");
    expect((error as { issues: unknown[] }).issues).toMatchObject([
      { path: "tokenInformation.transientTokenJwt", rule: "visa-only" },
    ]);
    expect(sent).toEqual([]);
    expect(String((error as Error).message)).not.toContain(token);
  });
});

describe("capture contexts and verification", () => {
  it("creates a Visa-only capture context and verifies tokens made under it", async () => {
    const { mock, client } = await harness();
    const context = await client.createCaptureContext({ targetOrigins: ["http://127.0.0.1:8080"] });
    expect(context.allowedCardNetworks).toEqual(["VISA"]);
    expect(context.expiresAt.getTime() - NOW.getTime()).toBe(15 * 60_000);
    expect(context.clientLibrary).toBe(`${mock.url}/microform/v2/flex-microform.js`);
    const tokenized = await fetch(`${mock.url}/flex/v2/tokens`, {
      method: "POST",
      body: JSON.stringify({
        captureContext: context.captureContext,
        card: { number: VISA, ...expiry },
      }),
    });
    const token = await tokenized.text();
    const payload = await verifyTransientToken(token, context.captureContext, { now: () => NOW });
    expect(payload.card).toEqual({
      cardTypes: ["001"],
      maskedNumber: "XXXXXXXXXXXX1111",
      bin: "411111",
      ...expiry,
    });
  });

  it("rejects a token made under another capture context when verifyTransientTokens is on", async () => {
    const { mock, client } = await harness({ verifyTransientTokens: true });
    const { captureContext } = await client.createCaptureContext({
      targetOrigins: ["http://127.0.0.1:8080"],
    });
    const other = mock.createTransientToken({ number: VISA, ...expiry });
    const wrong = await client
      .authorize(tokenRequest(other), { captureContext })
      .catch((e: unknown) => e);
    expect((wrong as { issues: unknown[] }).issues).toMatchObject([
      { path: "tokenInformation.transientTokenJwt", rule: "token-signature" },
    ]);
    const missing = await client.authorize(tokenRequest(other)).catch((e: unknown) => e);
    expect((missing as { issues: unknown[] }).issues).toMatchObject([{ rule: "token-unverified" }]);
    expect(mock.authorizations).toEqual([]);
  });
});

describe("TMS tokens", () => {
  it("creates tokens with TOKEN_CREATE, then authorizes by customer id with a warning", async () => {
    const { mock, client } = await harness();
    const first = installmentRequest();
    const created = await client.authorize({
      ...first,
      processingInformation: {
        ...first.processingInformation,
        actionList: ["TOKEN_CREATE"],
        actionTokenTypes: ["customer", "paymentInstrument", "instrumentIdentifier"],
      },
    });
    const { customerId, paymentInstrumentId, instrumentIdentifierId } = created.tokens;
    expect([customerId, paymentInstrumentId, instrumentIdentifierId].every(Boolean)).toBe(true);
    const { billTo: _billTo, ...order } = first.orderInformation;
    const later = await client.authorize({
      processingInformation: first.processingInformation,
      paymentInformation: { customer: { id: customerId! } },
      orderInformation: order,
    });
    expect(later.status).toBe("AUTHORIZED");
    expect(later.tokens).toEqual({});
    expect(later.warnings).toContainEqual(
      expect.objectContaining({
        path: "paymentInformation.customer.id",
        rule: "card-not-checkable",
        severity: "warning",
      }),
    );
    expect(mock.authorizations[1]?.cardSource).toEqual({
      kind: "tms",
      field: "paymentInformation.customer.id",
    });
  });

  it("maps a non-Visa TMS card to Cybersource's CARD_TYPE_NOT_ACCEPTED, which a card gets locally", async () => {
    const { mock, client } = await harness();
    const { paymentInstrumentId } = mock.createTmsTokens({ number: MASTERCARD, ...expiry });
    const card = await client
      .authorize({
        ...installmentRequest(),
        paymentInformation: { card: { number: MASTERCARD, ...expiry, type: "001" } },
      })
      .catch((e: unknown) => e);
    expect((card as { issues: unknown[] }).issues).toMatchObject([{ rule: "visa-only" }]);
    const error = await client
      .authorize({
        ...installmentRequest(),
        paymentInformation: { paymentInstrument: { id: paymentInstrumentId } },
      })
      .catch((e: unknown) => e);
    expect(isCybersourceJpoError(error) && error.code).toBe("CYBERSOURCE_API_ERROR");
    expect((error as { reason: string }).reason).toBe("CARD_TYPE_NOT_ACCEPTED");
    expect((error as { details: unknown[] }).details).toEqual([
      { field: "paymentInformation.paymentInstrument.id", reason: "INVALID_DATA" },
    ]);
  });

  it("gets Cybersource's INVALID_DATA for an unknown TMS id", async () => {
    const { client } = await harness();
    const error = await client
      .authorize({
        ...installmentRequest(),
        paymentInformation: { customer: { id: "F".repeat(32) } },
      })
      .catch((e: unknown) => e);
    expect(isCybersourceJpoError(error) && error.code).toBe("CYBERSOURCE_API_ERROR");
    expect((error as { reason: string }).reason).toBe("INVALID_DATA");
  });
});
