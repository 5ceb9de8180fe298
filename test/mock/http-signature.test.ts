import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { httpSignatureAuth } from "../../src/auth/http-signature.js";
import * as bodies from "./helpers/bodies.js";
import { keyId, merchantId, minutesFromNow, NOW, sharedSecret } from "./helpers/credentials.js";
import { checkedResponse } from "./helpers/spec-response.js";
import { httpSignature, send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";
const otherSecret = Buffer.alloc(32, 7).toString("base64");

describe("HTTP Signature authentication", () => {
  it("accepts a request signed as Cybersource's SDK signs it", async () => {
    const mock = await startMock();
    const response = await send(mock, PATH, bodies.authorization());
    expect(response.status).toBe(201);
    expect(mock.authorizations).toHaveLength(1);
  });

  it.each([
    [
      "a wrong shared secret",
      { signer: httpSignature({ secret: otherSecret }) },
      "signature does not match",
    ],
    [
      "a wrong key id",
      { signer: httpSignature({ keyId: "11111111-1111-1111-1111-111111111111" }) },
      "keyid",
    ],
    [
      "another merchant in the header",
      { signer: httpSignature({ merchantId: "other" }) },
      "v-c-merchant-id",
    ],
    [
      "another merchant in the signed string",
      { signer: httpSignature({ signerId: "other" }) },
      "signature does not match",
    ],
    [
      "a body changed after signing",
      { tamper: (body: string) => body.replace("120000", "1") },
      "digest does not match",
    ],
    [
      "a digest of another body",
      { signer: httpSignature({ digestOf: "{}" }) },
      "digest does not match",
    ],
    ["no date header", { signer: httpSignature({ omit: ["date"] }) }, "date header is missing"],
    [
      "no digest header",
      { signer: httpSignature({ omit: ["digest"] }) },
      "digest header is missing",
    ],
    [
      "no v-c-merchant-id header",
      { signer: httpSignature({ omit: ["v-c-merchant-id"] }) },
      "v-c-merchant-id",
    ],
    ["no signature header", { signer: httpSignature({ omit: ["signature"] }) }, "neither"],
    [
      "a digest left out of the signed headers",
      { signer: httpSignature({ names: ["host", "date", "request-target", "v-c-merchant-id"] }) },
      "do not cover digest",
    ],
    [
      "a date 6 minutes behind",
      { signer: httpSignature({ date: minutesFromNow(-6) }) },
      "5 minutes",
    ],
    ["a date 6 minutes ahead", { signer: httpSignature({ date: minutesFromNow(6) }) }, "5 minutes"],
  ])("answers 401 and records nothing for %s", async (_, options, why) => {
    const logs: string[] = [];
    const mock = await startMock({ log: (line) => logs.push(line) });
    const response = await send(mock, PATH, bodies.authorization(), options);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ response: { rmsg: "Authentication Failed" } });
    expect(mock.authorizations).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/^POST \/pts\/v2\/payments 401 \(.+\)$/)]);
    expect(logs[0]).toContain(why);
  });

  it.each([-4, 4])("accepts a date %i minutes off the mock's clock", async (minutes) => {
    const mock = await startMock();
    const signer = httpSignature({ date: minutesFromNow(minutes) });
    expect((await send(mock, PATH, bodies.authorization(), { signer })).status).toBe(201);
  });

  it("accepts the older (request-target) spelling in the signed headers", async () => {
    const mock = await startMock();
    const names = ["host", "date", "(request-target)", "digest", "v-c-merchant-id"];
    const response = await send(mock, PATH, bodies.authorization(), {
      signer: httpSignature({ names }),
    });
    expect(response.status).toBe(201);
  });

  it("accepts a meta key: the portfolio signs, the header names the merchant", async () => {
    const mock = await startMock({ portfolioId: "portfolio_1" });
    const signer = httpSignature({ signerId: "portfolio_1" });
    expect((await send(mock, PATH, bodies.authorization(), { signer })).status).toBe(201);
    expect((await send(mock, PATH, bodies.authorization())).status).toBe(401);
  });

  it("accepts Cybersource's published test vector (host apitest.cybersource.com)", async () => {
    const mock = await startMock({ now: () => new Date("2026-01-01T00:00:00Z") });
    const body =
      '{"clientReferenceInformation":{"code":"ORDER-1","transactionId":"TX-0001"},"processingInformation":{"japanPaymentOptions":{"paymentMethod":"61","installments":"12","firstBillingMonth":"05","businessName":"我社","businessNameKatakana":"ワガシャ","businessNameAlphaNumeric":"OurStore"}},"orderInformation":{"amountDetails":{"totalAmount":"10000","currency":"JPY"}}}';
    const response = await rawPost(mock.url + PATH, body, {
      host: "apitest.cybersource.com",
      date: "Thu, 01 Jan 2026 00:00:00 GMT",
      digest: "SHA-256=jnLJHHtPJS+2a1MPdFlc5h0etk1Gl6gaInSkuduVJUo=",
      "v-c-merchant-id": merchantId,
      signature: `keyid="${keyId}", algorithm="HmacSHA256", headers="host date request-target digest v-c-merchant-id", signature="Ac2YGeCUAfzAbL+x9M4GuqCwDzAMpk5qq/yvheffA1A="`,
    });
    // Authenticated: the vector's body lacks payment and billing data, so the schema refuses it.
    const checked = await checkedResponse("POST", PATH, response);
    expect(checked.status).toBe(400);
    expect(checked.body.reason).toBe("MISSING_FIELD");
  });

  it("accepts a request signed by the SDK's httpSignatureAuth", async () => {
    const mock = await startMock();
    const auth = httpSignatureAuth({ merchantId, keyId, sharedSecret, now: () => NOW });
    const unsigned = new Request(mock.url + PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(bodies.authorization()),
    });
    const response = await checkedResponse("POST", PATH, await fetch(await auth.sign(unsigned)));
    expect(response.status).toBe(201);
    expect(response.body.status).toBe("AUTHORIZED");
  });
});

/** A POST with exactly these headers (fetch would replace `host`). */
function rawPost(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === "string") responseHeaders.set(name, value);
        }
        resolve(
          new Response(Buffer.concat(chunks), {
            status: incoming.statusCode ?? 0,
            headers: responseHeaders,
          }),
        );
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}
