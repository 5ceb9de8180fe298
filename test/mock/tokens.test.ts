import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { NOW } from "./helpers/credentials.js";
import { send, signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const VISA = "4111111111111111";
const MASTERCARD = "5555555555554444";
const expiry = { expirationMonth: "12", expirationYear: "2031" };

/** An authorization body with `source` instead of the card. */
function withSource(source: Record<string, unknown>, amount = "120000") {
  const body = bodies.authorization(amount) as Record<string, unknown>;
  delete body["paymentInformation"];
  return { ...body, ...source };
}

function payloadOf(jwt: string): Record<string, any> {
  return JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8"));
}

describe("the mock's transient tokens", () => {
  it("approves a JPO authorization with a transient token and records the source, masked", async () => {
    const mock = await startMock();
    const token = mock.createTransientToken({ number: VISA, ...expiry, securityCode: "123" });
    const { status, body } = await send(
      mock,
      "/pts/v2/payments",
      withSource({ tokenInformation: { transientTokenJwt: token } }),
    );
    expect(status).toBe(201);
    expect(body.status).toBe("AUTHORIZED");
    const [record] = mock.authorizations;
    expect(record?.cardSource).toEqual({
      kind: "transientToken",
      field: "tokenInformation.transientTokenJwt",
    });
    expect(record?.card).toEqual({ first6: "411111", last4: "1111", type: "001", ...expiry });
    expect(JSON.stringify(mock.authorizations)).not.toContain(VISA);
  });

  it("issues tokens shaped like Microform v2's, with a masked number only", async () => {
    const mock = await startMock();
    const payload = payloadOf(mock.createTransientToken({ number: VISA, ...expiry }));
    expect(payload["content"].paymentInformation.card.number).toEqual({
      detectedCardTypes: ["001"],
      maskedValue: "XXXXXXXXXXXX1111",
      bin: "411111",
    });
    expect(payload["exp"] - payload["iat"]).toBe(900);
    expect(JSON.stringify(payload)).not.toContain(VISA);
  });

  it("accepts a token again within its 15 minutes, and by its jti", async () => {
    const mock = await startMock();
    const token = mock.createTransientToken({ number: VISA, ...expiry });
    const first = await send(
      mock,
      "/pts/v2/payments",
      withSource({ tokenInformation: { transientTokenJwt: token } }),
    );
    const jti = payloadOf(token)["jti"] as string;
    const second = await send(mock, "/pts/v2/payments", withSource({ tokenInformation: { jti } }));
    expect([first.body.status, second.body.status]).toEqual(["AUTHORIZED", "AUTHORIZED"]);
  });

  it("refuses a Mastercard token as it refuses a Mastercard card", async () => {
    const mock = await startMock();
    const token = mock.createTransientToken({ number: MASTERCARD, ...expiry });
    const { status, body } = await send(
      mock,
      "/pts/v2/payments",
      withSource({ tokenInformation: { transientTokenJwt: token } }),
    );
    expect(status).toBe(400);
    expect(body.reason).toBe("CARD_TYPE_NOT_ACCEPTED");
    expect(body.details).toEqual([
      { field: "tokenInformation.transientTokenJwt", reason: "INVALID_DATA" },
    ]);
  });

  it("refuses a tampered, an unknown and an expired token with INVALID_DATA", async () => {
    // The token is made 16 minutes before the requests (which are signed at NOW).
    let now = new Date(NOW.getTime() - 16 * 60_000);
    const mock = await startMock({ now: () => now });
    const token = mock.createTransientToken({ number: VISA, ...expiry });
    now = NOW;
    const [h, p, s] = token.split(".");
    const other = payloadOf(token);
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...other, exp: other["exp"] + 999 })).toString("base64url")}.${s}`;
    const unknown = `${h}.${Buffer.from(JSON.stringify({ ...other, jti: "0".repeat(64) })).toString("base64url")}.${s}`;
    const reasons = [];
    for (const jwt of [tampered, unknown, `${h}.${p}.${s}`]) {
      const { body } = await send(
        mock,
        "/pts/v2/payments",
        withSource({ tokenInformation: { transientTokenJwt: jwt } }),
      );
      reasons.push([body.reason, body.message]);
    }
    expect(reasons).toEqual([
      ["INVALID_DATA", "Declined - The transient token's signature is invalid"],
      ["INVALID_DATA", "Declined - The transient token was not found"],
      ["INVALID_DATA", "Declined - The transient token has expired"],
    ]);
  });

  it("refuses a card number and a token together, naming both", async () => {
    const mock = await startMock();
    const token = mock.createTransientToken({ number: VISA, ...expiry });
    const body = { ...bodies.authorization(), tokenInformation: { transientTokenJwt: token } };
    const answer = await send(mock, "/pts/v2/payments", body);
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: { field: string }) => d.field)).toEqual([
      "paymentInformation.card.number",
      "tokenInformation.transientTokenJwt",
    ]);
  });
});

describe("the mock's capture contexts and tokenization", () => {
  it("issues a capture context whose flx.jwk verifies the tokens made under it", async () => {
    const mock = await startMock();
    const response = await signedFetch(mock, "/microform/v2/sessions", {
      targetOrigins: ["http://127.0.0.1:8080"],
      allowedCardNetworks: ["VISA"],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/jwt/u);
    const captureContext = await response.text();
    const payload = payloadOf(captureContext);
    expect(payload["flx"].jwk.kty).toBe("RSA");
    expect(payload["ctx"][0].data.allowedCardNetworks).toEqual(["VISA"]);
    const tokenized = await fetch(`${mock.url}/flex/v2/tokens`, {
      method: "POST",
      body: JSON.stringify({ captureContext, card: { number: VISA, ...expiry } }),
    });
    expect(tokenized.status).toBe(201);
    const token = await tokenized.text();
    const { importJWK, jwtVerify } = await import("jose");
    const key = await importJWK({ ...payload["flx"].jwk, alg: "RS256" }, "RS256");
    await expect(jwtVerify(token, key, { currentDate: NOW })).resolves.toBeDefined();
  });

  it("refuses to tokenize a card of a network the capture context does not allow", async () => {
    const mock = await startMock();
    const response = await signedFetch(mock, "/microform/v2/sessions", {
      targetOrigins: ["http://127.0.0.1:8080"],
      allowedCardNetworks: ["VISA"],
    });
    const captureContext = await response.text();
    const tokenized = await fetch(`${mock.url}/flex/v2/tokens`, {
      method: "POST",
      body: JSON.stringify({ captureContext, card: { number: MASTERCARD, ...expiry } }),
    });
    expect(tokenized.status).toBe(400);
    expect((await tokenized.json()).message).toMatch(/MASTERCARD is not allowed/u);
  });
});

describe("the mock's TMS tokens", () => {
  it("creates tokens with TOKEN_CREATE and authorizes later by customer id without a card or billTo", async () => {
    const mock = await startMock();
    const first = bodies.authorization() as any;
    first.processingInformation.actionList = ["TOKEN_CREATE"];
    first.processingInformation.actionTokenTypes = [
      "customer",
      "paymentInstrument",
      "instrumentIdentifier",
    ];
    const created = await send(mock, "/pts/v2/payments", first);
    const ids = created.body.tokenInformation;
    expect(Object.keys(ids).sort()).toEqual([
      "customer",
      "instrumentIdentifier",
      "paymentInstrument",
    ]);
    const later = withSource({ paymentInformation: { customer: { id: ids.customer.id } } }) as any;
    delete later.orderInformation.billTo;
    const answer = await send(mock, "/pts/v2/payments", later);
    expect(answer.body.status).toBe("AUTHORIZED");
    expect(mock.authorizations[1]?.cardSource).toEqual({
      kind: "tms",
      field: "paymentInformation.customer.id",
    });
    const byIdentifier = withSource({
      paymentInformation: {
        instrumentIdentifier: { id: ids.instrumentIdentifier.id },
        card: expiry,
      },
    });
    expect((await send(mock, "/pts/v2/payments", byIdentifier)).body.status).toBe("AUTHORIZED");
  });

  it("refuses an unknown TMS id, and a Mastercard instrument as a Mastercard card", async () => {
    const mock = await startMock();
    const unknown = await send(
      mock,
      "/pts/v2/payments",
      withSource({ paymentInformation: { paymentInstrument: { id: "F".repeat(32) } } }),
    );
    expect([unknown.status, unknown.body.reason]).toEqual([400, "INVALID_DATA"]);
    const token = mock.createTransientToken({ number: MASTERCARD, ...expiry });
    const refused = await send(mock, "/pts/v2/payments", {
      ...withSource({ tokenInformation: { transientTokenJwt: token } }),
    });
    expect(refused.body.reason).toBe("CARD_TYPE_NOT_ACCEPTED");
  });
});
