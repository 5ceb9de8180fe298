import { beforeAll, describe, expect, it } from "vitest";
import { jwtAuth } from "../../src/auth/jwt.js";
import * as bodies from "./helpers/bodies.js";
import { makeCertificate, type MerchantCertificate } from "./helpers/certificate.js";
import { merchantId, minutesFromNow, NOW } from "./helpers/credentials.js";
import { jwt, send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";
import type { JwtKey } from "./helpers/sign.js";
import { checkedResponse } from "./helpers/spec-response.js";

const PATH = "/pts/v2/payments";
let merchant: MerchantCertificate;
let stranger: MerchantCertificate;
let rs256: JwtKey;

beforeAll(async () => {
  [merchant, stranger] = await Promise.all([
    makeCertificate(merchantId),
    makeCertificate(merchantId, "7000999999999"),
  ]);
  rs256 = { alg: "RS256", kid: merchant.kid, privateKey: merchant.privateKey };
}, 30_000);

const withCertificate = () => startMock({ jwt: { certificate: merchant.certificate } });

describe("JWT authentication", () => {
  it("accepts an RS256 token whose kid is the certificate subject's serialNumber", async () => {
    const mock = await withCertificate();
    const response = await send(mock, PATH, bodies.authorization(), { signer: jwt(rs256) });
    expect(response.status).toBe(201);
    expect(mock.authorizations).toHaveLength(1);
  });

  it("accepts an HS256 token keyed with the shared secret and kid = key id", async () => {
    const mock = await startMock();
    const response = await send(mock, PATH, bodies.authorization(), { signer: jwt() });
    expect(response.status).toBe(201);
  });

  it("accepts a token issued 4 minutes ahead of the mock's clock", async () => {
    const mock = await withCertificate();
    const signer = jwt(rs256, { issuedAt: minutesFromNow(4) });
    expect((await send(mock, PATH, bodies.authorization(), { signer })).status).toBe(201);
  });

  it("accepts a meta key token whose iss is the portfolio", async () => {
    const mock = await startMock({ portfolioId: "portfolio_1" });
    const signer = jwt({ alg: "HS256" }, { claims: { iss: "portfolio_1" } });
    expect((await send(mock, PATH, bodies.authorization(), { signer })).status).toBe(201);
  });

  const cases: [string, () => Parameters<typeof send>[3], string][] = [
    [
      "an expired token",
      () => ({ signer: jwt(rs256, { issuedAt: minutesFromNow(-3) }) }),
      "expired",
    ],
    [
      "a token issued 6 minutes ahead",
      () => ({ signer: jwt(rs256, { issuedAt: minutesFromNow(6) }) }),
      "future",
    ],
    [
      "a digest of another body",
      () => ({ signer: jwt(rs256, { claims: { digest: "AAAA" } }) }),
      "digest",
    ],
    [
      "no digest claim",
      () => ({ signer: jwt(rs256, { claims: { digest: undefined } }) }),
      "digest",
    ],
    [
      "a body changed after signing",
      () => ({ signer: jwt(rs256), tamper: (b) => b.replace("120000", "1") }),
      "digest",
    ],
    [
      "another request-method",
      () => ({ signer: jwt(rs256, { claims: { "request-method": "get" } }) }),
      "request-method",
    ],
    [
      "another request-resource-path",
      () => ({ signer: jwt(rs256, { claims: { "request-resource-path": "/pts/v2/reversals" } }) }),
      "request-resource-path",
    ],
    [
      "another request-host",
      () => ({ signer: jwt(rs256, { claims: { "request-host": "apitest.cybersource.com" } }) }),
      "request-host",
    ],
    [
      "another v-c-merchant-id",
      () => ({ signer: jwt(rs256, { claims: { "v-c-merchant-id": "other" } }) }),
      "v-c-merchant-id",
    ],
    ["another iss", () => ({ signer: jwt(rs256, { claims: { iss: "other" } }) }), "iss"],
    ["no exp", () => ({ signer: jwt(rs256, { claims: { exp: undefined } }) }), "invalid"],
    [
      "an RS256 kid that is not the serial",
      () => ({ signer: jwt({ ...rs256, kid: "7000999999999" } as JwtKey) }),
      "kid",
    ],
    [
      "an RS256 signature by another key",
      () => ({ signer: jwt({ alg: "RS256", kid: merchant.kid, privateKey: stranger.privateKey }) }),
      "invalid",
    ],
    [
      "an HS256 token with a wrong secret",
      () => ({ signer: jwt({ alg: "HS256", secret: Buffer.alloc(32, 9).toString("base64") }) }),
      "invalid",
    ],
    [
      "an HS256 token with a wrong kid",
      () => ({ signer: jwt({ alg: "HS256", kid: "someone-else" }) }),
      "kid",
    ],
    [
      "a token that is not a JWS",
      () => ({ signer: () => ({ authorization: "Bearer not-a-token" }) }),
      "not a JWS",
    ],
    [
      "a Basic authorization",
      () => ({ signer: () => ({ authorization: "Basic dXNlcjpwYXNz" }) }),
      "Bearer",
    ],
  ];

  it.each(cases)("answers 401 and records nothing for %s", async (_, options, why) => {
    const logs: string[] = [];
    const mock = await startMock({
      jwt: { certificate: merchant.certificate },
      log: (line) => logs.push(line),
    });
    const response = await send(mock, PATH, bodies.authorization(), options());
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ response: { rmsg: "Authentication Failed" } });
    expect(mock.authorizations).toEqual([]);
    expect(logs[0]).toContain(why);
  });

  it("refuses RS256 tokens when no certificate is configured", async () => {
    const logs: string[] = [];
    const mock = await startMock({ log: (line) => logs.push(line) });
    const response = await send(mock, PATH, bodies.authorization(), { signer: jwt(rs256) });
    expect(response.status).toBe(401);
    expect(logs[0]).toContain("no certificate");
  });

  it("answers 400 INVALID_DATA to an encrypted (MLE) body it cannot decrypt, recording nothing", async () => {
    const mock = await withCertificate();
    const body = { encryptedRequest: "eyJhbGciOiJSU0EtT0FFUC0yNTYifQ.a.b.c.d" };
    const response = await send(mock, PATH, body, { signer: jwt(rs256) });
    expect(response.status).toBe(400);
    expect(response.body.reason).toBe("INVALID_DATA");
    expect(mock.authorizations).toEqual([]);
  });

  it("accepts a request signed by the SDK's jwtAuth", async () => {
    const mock = await withCertificate();
    const auth = jwtAuth({
      merchantId,
      privateKey: merchant.privateKeyPem,
      certificate: merchant.certificate,
      now: () => NOW,
    });
    const unsigned = new Request(mock.url + PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(bodies.authorization()),
    });
    const response = await checkedResponse("POST", PATH, await fetch(await auth.sign(unsigned)));
    expect(response.status).toBe(201);
  });
});
