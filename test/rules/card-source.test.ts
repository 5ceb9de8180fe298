import { describe, expect, it } from "vitest";
import { validateJpoAuthorization } from "../../src/rules/index.js";
import { installmentRequest, mutable } from "../support/requests.js";

const NOW = new Date("2026-11-25T03:15:42Z");
const now = () => NOW;

/** An unsigned JWT with `payload`: enough for the payload checks, which verify nothing. */
function jwtWith(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256", kid: "k" })}.${part(payload)}.c2ln`;
}

function microformToken(
  type: string,
  month = "12",
  year = "2031",
  exp = NOW.getTime() / 1000 + 600,
) {
  return jwtWith({
    iss: "Flex/00",
    exp,
    iat: exp - 900,
    jti: "a".repeat(32),
    content: {
      paymentInformation: {
        card: {
          number: { detectedCardTypes: [type], maskedValue: "XXXXXXXXXXXX1111", bin: "411111" },
          expirationMonth: { value: month },
          expirationYear: { value: year },
        },
      },
    },
  });
}

function withToken(jwt: string, card?: object) {
  const request = mutable();
  delete request.paymentInformation;
  request.tokenInformation = { transientTokenJwt: jwt };
  if (card !== undefined) request.paymentInformation = { card };
  return request;
}

const brief = (request: unknown) =>
  validateJpoAuthorization(request, { now }).map(({ path, rule, severity }) => ({
    path,
    rule,
    ...(severity === "warning" ? { severity } : {}),
  }));

describe("the card source of an authorization", () => {
  it("accepts a Visa transient token without a card or its number", () => {
    expect(brief(withToken(microformToken("001")))).toEqual([]);
  });

  it("rejects a Mastercard transient token with the card's visa-only rule", () => {
    const issues = validateJpoAuthorization(withToken(microformToken("002")), { now });
    expect(issues).toMatchObject([
      {
        path: "tokenInformation.transientTokenJwt",
        rule: "visa-only",
        severity: "error",
        message:
          "must be 001 (Visa): JPO through Sumitomo Mitsui Card takes Visa cards only, not card type 002.",
      },
    ]);
  });

  it("rejects a token whose card has expired, unless the sent expiry overrides it", () => {
    const old = microformToken("001", "01", "2025");
    expect(brief(withToken(old))).toEqual([
      { path: "tokenInformation.transientTokenJwt", rule: "expired" },
    ]);
    expect(brief(withToken(old, { expirationMonth: "12", expirationYear: "2031" }))).toEqual([]);
    expect(
      brief(withToken(microformToken("001"), { expirationMonth: "01", expirationYear: "2025" })),
    ).toEqual([{ path: "paymentInformation.card.expirationYear", rule: "expired" }]);
  });

  it("rejects a token past its 15 minutes and one that is not a JWT payload", () => {
    const late = microformToken("001", "12", "2031", NOW.getTime() / 1000 - 1);
    expect(brief(withToken(late))).toEqual([
      { path: "tokenInformation.transientTokenJwt", rule: "token-expired" },
    ]);
    expect(brief(withToken("abc.def.ghi"))).toEqual([
      { path: "tokenInformation.transientTokenJwt", rule: "transient-token" },
    ]);
  });

  it("reads Unified Checkout and legacy Microform payloads too", () => {
    const unified = jwtWith({
      content: { paymentInformation: { card: { type: { value: "002" } } } },
    });
    const legacy = jwtWith({ data: { type: "003", number: "378282XXXXX0005" } });
    expect(brief(withToken(unified))).toEqual([
      { path: "tokenInformation.transientTokenJwt", rule: "visa-only" },
    ]);
    expect(brief(withToken(legacy))).toEqual([
      { path: "tokenInformation.transientTokenJwt", rule: "visa-only" },
    ]);
  });

  it("names both paths when a card and a token are sent together", () => {
    const request = mutable();
    request.tokenInformation = { transientTokenJwt: microformToken("001") };
    const issues = validateJpoAuthorization(request, { now });
    expect(issues.map(({ path, rule }) => [path, rule])).toEqual([
      ["tokenInformation.transientTokenJwt", "one-card-source"],
    ]);
    expect(issues[0]?.message).toContain("paymentInformation.card.number");
  });

  it("names every card source when none is sent", () => {
    const request = mutable();
    delete request.paymentInformation;
    const [issue, ...rest] = validateJpoAuthorization(request, { now });
    expect(rest).toEqual([]);
    expect([issue?.path, issue?.rule]).toEqual(["paymentInformation.card", "card-source"]);
    expect(issue?.message).toContain("tokenInformation.transientTokenJwt");
  });

  it("warns that a TMS token's card cannot be checked, and lets billTo come from a customer token", () => {
    const request = mutable();
    delete request.orderInformation.billTo;
    request.paymentInformation = { customer: { id: "C".repeat(32) } };
    expect(brief(request)).toEqual([
      { path: "paymentInformation.customer.id", rule: "card-not-checkable", severity: "warning" },
    ]);
  });

  it("still requires billTo and the expiry with an instrument identifier", () => {
    const request = mutable();
    delete request.orderInformation.billTo;
    request.paymentInformation = { instrumentIdentifier: { id: "I".repeat(32) } };
    expect(brief(request).filter((issue) => issue.rule === "required")).toEqual([
      { path: "orderInformation.billTo", rule: "required" },
      { path: "paymentInformation.card.expirationMonth", rule: "required" },
      { path: "paymentInformation.card.expirationYear", rule: "required" },
    ]);
  });

  it("leaves a card request as it was", () => {
    expect(validateJpoAuthorization(installmentRequest(), { now })).toEqual([]);
  });
});
