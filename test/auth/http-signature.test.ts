import { createHash, createHmac } from "node:crypto";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthConfigError, httpSignatureAuth, jwtAuth } from "../../src/index.js";
import { varietyBodies } from "../helpers/bodies.js";
import { officialHeaders } from "../helpers/official-sdk.js";
import { runSigningSuite } from "./signing-suite.js";
import { signatureHeader, signingVectors, vectorRequest } from "./signing-vectors.js";

const MERCHANT = "test_merchant";
const KEY_ID = "00000000-0000-0000-0000-000000000000";
const SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
const DATE = "Thu, 01 Jan 2026 00:00:00 GMT";
const PAYMENTS = "https://apitest.cybersource.com/pts/v2/payments";
const fixed = {
  merchantId: MERCHANT,
  keyId: KEY_ID,
  sharedSecret: SECRET,
  now: () => new Date(DATE),
};

/** Just enough of the generated `paths` type for openapi-fetch. */
interface PaymentsPaths {
  "/pts/v2/payments": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": Record<string, unknown> } };
      responses: {
        201: {
          headers: Record<string, unknown>;
          content: { "application/json": { status: string } };
        };
      };
    };
  };
}

function configError(run: () => unknown): AuthConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthConfigError);
    return error as AuthConfigError;
  }
  throw new Error("expected an AuthConfigError");
}

describe("httpSignatureAuth known answers", () => {
  it("passes the portable signing suite", async () => {
    expect(await runSigningSuite({ httpSignatureAuth, jwtAuth })).toEqual([]);
  });

  it.each(signingVectors)(
    "vector $name agrees with an independent node:crypto computation",
    (v) => {
      const url = new URL(v.url);
      const body = Buffer.from(v.body ?? "", "utf8");
      const digest =
        v.digest === undefined
          ? []
          : [`digest: SHA-256=${createHash("sha256").update(body).digest("base64")}`];
      const lines = [
        `host: ${url.host}`,
        `date: ${v.date}`,
        `request-target: ${v.method.toLowerCase()} ${url.pathname}${url.search}`,
        ...digest,
        `v-c-merchant-id: ${v.portfolioId ?? v.merchantId}`,
      ];
      const hmac = createHmac("sha256", Buffer.from(v.sharedSecret, "base64"));
      expect(hmac.update(lines.join("\n"), "utf8").digest("base64")).toBe(v.signature);
      expect(digest[0]?.slice("digest: ".length)).toBe(v.digest);
      expect(url.host).toBe(v.host);
    },
  );
});

describe("httpSignatureAuth against Cybersource's SDK 0.0.83", () => {
  const sdkConfig = (host: string, portfolioId?: string) => ({
    authenticationType: "http_signature",
    runEnvironment: host,
    merchantID: MERCHANT,
    merchantKeyId: KEY_ID,
    merchantsecretKey: SECRET,
    ...(portfolioId === undefined ? {} : { useMetaKey: true, portfolioID: portfolioId }),
  });

  async function compare(method: string, url: string, body: string, portfolioId?: string) {
    const { host, pathname, search } = new URL(url);
    const expected = officialHeaders(sdkConfig(host, portfolioId), {
      method,
      target: pathname + search,
      body,
      date: DATE,
    });
    const strategy = httpSignatureAuth({ ...fixed, ...(portfolioId ? { portfolioId } : {}) });
    const hasBody = method !== "GET" && method !== "DELETE";
    const signed = await strategy.sign(new Request(url, { method, ...(hasBody ? { body } : {}) }));
    for (const name of ["digest", "signature", "date", "host", "v-c-merchant-id"]) {
      expect(signed.headers.get(name), `${name} for ${JSON.stringify(body.slice(0, 40))}`).toBe(
        expected[name] ?? null,
      );
    }
  }

  it(`produces the same headers for ${varietyBodies.length} varied POST bodies`, async () => {
    expect(varietyBodies.length).toBeGreaterThanOrEqual(50);
    for (const body of varietyBodies) await compare("POST", PAYMENTS, body);
  });

  it("produces the same headers for GET, DELETE, PUT and PATCH, a query and a port", async () => {
    await compare("GET", `${PAYMENTS}/1234567890123456789012`, "");
    await compare("DELETE", `${PAYMENTS}/1234567890123456789012?x=1`, "");
    await compare("PUT", `${PAYMENTS}/1?a=b`, '{"a":"あ"}');
    await compare("PATCH", "https://localhost:8443/pts/v2/payments/1", '{"a":1}');
  });

  it("produces the same headers with a meta key (portfolio)", async () => {
    await compare("POST", PAYMENTS, varietyBodies[20]!, "test_portfolio");
    await compare("GET", `${PAYMENTS}/1`, "", "test_portfolio");
  });
});

describe("httpSignatureAuth requests", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns a new Request that keeps method, URL, headers, signal and the exact body bytes", async () => {
    const controller = new AbortController();
    const bytes = new TextEncoder().encode('{"name":"ｶﾀｶﾅ🍣"}');
    const original = new Request(`${PAYMENTS}?q=1`, {
      method: "POST",
      body: bytes,
      headers: { "content-type": "application/json", "x-request-id": "abc" },
      signal: controller.signal,
    });
    const signed = await httpSignatureAuth(fixed).sign(original);
    expect(signed).not.toBe(original);
    expect(signed.method).toBe("POST");
    expect(signed.url).toBe(`${PAYMENTS}?q=1`);
    expect(signed.headers.get("x-request-id")).toBe("abc");
    expect(signed.headers.get("content-type")).toBe("application/json");
    expect(new Uint8Array(await signed.arrayBuffer())).toEqual(bytes);
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
  });

  it("signs a streamed body by reading it once as bytes", async () => {
    const body = '{"streamed":"ストリーム"}';
    const stream = new Blob([body]).stream();
    const init = { method: "POST", body: stream, duplex: "half" } as RequestInit;
    const signed = await httpSignatureAuth(fixed).sign(new Request(PAYMENTS, init));
    const digest = createHash("sha256").update(body, "utf8").digest("base64");
    expect(signed.headers.get("digest")).toBe(`SHA-256=${digest}`);
    expect(await signed.text()).toBe(body);
  });

  it("uses the system clock by default, in RFC 1123 form", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const signed = await httpSignatureAuth({ ...fixed, now: undefined! }).sign(
      new Request(PAYMENTS),
    );
    const date = signed.headers.get("date")!;
    expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.parse(date)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(date)).toBeLessThanOrEqual(Date.now());
  });

  it("hashes and MACs synchronously, without a Web Crypto call per request", async () => {
    const spies = (["importKey", "digest", "sign"] as const).map((name) =>
      vi.spyOn(crypto.subtle, name),
    );
    const strategy = httpSignatureAuth(fixed);
    await strategy.ready();
    await strategy.sign(vectorRequest(signingVectors[0]!));
    await strategy.sign(vectorRequest(signingVectors[1]!));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("plugs into openapi-fetch as middleware", async () => {
    const seen: Request[] = [];
    const client = createClient<PaymentsPaths>({
      baseUrl: "https://apitest.cybersource.com",
      fetch: async (request: Request) => {
        seen.push(request);
        return Response.json({ status: "AUTHORIZED" }, { status: 201 });
      },
    });
    client.use(httpSignatureAuth(fixed));
    const body = JSON.parse(signingVectors[0]!.body!) as Record<string, unknown>;
    const { data } = await client.POST("/pts/v2/payments", { body });
    expect(data?.status).toBe("AUTHORIZED");
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get("signature")).toBe(signatureHeader(signingVectors[0]!));
    expect(await seen[0]!.text()).toBe(signingVectors[0]!.body);
  });
});

describe("httpSignatureAuth options", () => {
  it.each([
    ["merchantId", { merchantId: undefined }],
    ["merchantId", { merchantId: "" }],
    ["merchantId", { merchantId: "test merchant" }],
    ["merchantId", { merchantId: "m\nx" }],
    ["keyId", { keyId: undefined }],
    ["keyId", { keyId: 42 }],
    ["sharedSecret", { sharedSecret: undefined }],
    ["sharedSecret", { sharedSecret: "" }],
    ["portfolioId", { portfolioId: "" }],
    ["now", { now: "2026-01-01" }],
  ])("rejects a bad %s synchronously", (field, override) => {
    const error = configError(() => httpSignatureAuth({ ...fixed, ...override } as never));
    expect(error.code).toBe("AUTH_CONFIG_INVALID");
    expect(error.field).toBe(field);
    expect(error.name).toBe("AuthConfigError");
  });

  it("rejects a missing options object", () => {
    expect(configError(() => httpSignatureAuth(undefined as never)).field).toBe("options");
  });

  it.each([
    "not base64!",
    "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY",
    "MDEyMzQ1Njc4OWFiY2Rl ZjAxMjM0NTY3ODlhYmNkZWY=",
    "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n",
    "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY_",
  ])("rejects a secret that is not base64 without echoing it: %j", (secret) => {
    const error = configError(() => httpSignatureAuth({ ...fixed, sharedSecret: secret }));
    expect(error.field).toBe("sharedSecret");
    expect(error.message).toMatch(/not base64/);
    for (const text of [error.message, JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(secret.trim());
      expect(text).not.toContain("MDEyMzQ1Njc4");
    }
  });

  it("rejects a clock that returns an invalid date when signing", async () => {
    const strategy = httpSignatureAuth({ ...fixed, now: () => new Date("nope") });
    const error = await strategy.sign(new Request(PAYMENTS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthConfigError);
    expect((error as AuthConfigError).field).toBe("now");
  });
});
