import { createHash, createPrivateKey, generateKeyPairSync, webcrypto } from "node:crypto";
import { importX509, jwtVerify, decodeProtectedHeader } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthConfigError, jwtAuth, type JwtKeyAuthOptions } from "../../src/index.js";
import { varietyBodies } from "../helpers/bodies.js";
import { officialHeaders } from "../helpers/official-sdk.js";
import { OpenSslDir } from "../helpers/openssl.js";
import { decodeJwt, JWT_CLAIMS } from "./signing-vectors.js";

const MERCHANT = "test_merchant";
const SERIAL = "7000123456789";
const KEY_ID = "00000000-0000-0000-0000-000000000000";
const SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
const PAYMENTS = "https://apitest.cybersource.com/pts/v2/payments";
const NOW = new Date("2026-01-01T00:00:00Z");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const dir = new OpenSslDir();
let key: string;
let cert: string;
let options: JwtKeyAuthOptions;

beforeAll(() => {
  ({ key, cert } = dir.keyAndCertificate("merchant", MERCHANT, SERIAL));
  options = { merchantId: MERCHANT, privateKey: key, certificate: cert, now: () => NOW };
});
afterAll(() => dir.remove());
afterEach(() => vi.restoreAllMocks());

function bearer(request: Request): string {
  const value = request.headers.get("authorization") ?? "";
  expect(value).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  return value.slice("Bearer ".length);
}

function post(body: string, url = PAYMENTS): Request {
  return new Request(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
}

describe("jwtAuth with a private key and certificate (RS256)", () => {
  it("sends a token that verifies with the certificate's public key", async () => {
    const body = varietyBodies[20]!;
    const signed = await jwtAuth(options).sign(post(body));
    const token = bearer(signed);
    const { payload, protectedHeader } = await jwtVerify(token, await importX509(cert, "RS256"), {
      currentDate: NOW,
    });
    expect(protectedHeader).toEqual({ typ: "JWT", alg: "RS256", kid: SERIAL });
    expect(Object.keys(decodeProtectedHeader(token))).toEqual(["typ", "alg", "kid"]);
    expect(Object.keys(payload)).toEqual(JWT_CLAIMS);
    expect(payload).toMatchObject({
      digest: createHash("sha256").update(body, "utf8").digest("base64"),
      "digest-algorithm": "SHA-256",
      iat: NOW.getTime() / 1000,
      exp: NOW.getTime() / 1000 + 120,
      "request-host": "apitest.cybersource.com",
      "request-resource-path": "/pts/v2/payments",
      "request-method": "post",
      iss: MERCHANT,
      "v-c-jwt-version": "2",
      "v-c-merchant-id": MERCHANT,
    });
    expect(payload.jti).toMatch(UUID);
    expect(await signed.text()).toBe(body);
  });

  it("sends no digest, signature or v-c-merchant-id header", async () => {
    const signed = await jwtAuth(options).sign(post("{}"));
    for (const name of ["digest", "signature", "v-c-merchant-id", "date"]) {
      expect(signed.headers.get(name)).toBeNull();
    }
    expect(signed.headers.get("content-type")).toBe("application/json");
  });

  it("leaves the digest claims out for GET and keeps the port and query", async () => {
    const url = "https://localhost:8443/pts/v2/payments/123?view=full";
    const { claims } = decodeJwt(bearer(await jwtAuth(options).sign(new Request(url))));
    expect(Object.keys(claims)).toEqual(JWT_CLAIMS.slice(2));
    expect(claims["request-host"]).toBe("localhost:8443");
    expect(claims["request-resource-path"]).toBe("/pts/v2/payments/123?view=full");
    expect(claims["request-method"]).toBe("get");
  });

  it("uses a fresh jti per request, and generateId when given", async () => {
    const strategy = jwtAuth(options);
    const a = decodeJwt(bearer(await strategy.sign(post("{}")))).claims["jti"];
    const b = decodeJwt(bearer(await strategy.sign(post("{}")))).claims["jti"];
    expect(a).not.toBe(b);
    const fixed = jwtAuth({ ...options, generateId: () => "fixed-id" });
    expect(decodeJwt(bearer(await fixed.sign(post("{}")))).claims["jti"]).toBe("fixed-id");
  });

  it("signs as the portfolio with a meta key: iss is the portfolio id", async () => {
    const signed = await jwtAuth({ ...options, portfolioId: "my_portfolio" }).sign(post("{}"));
    const { claims } = decodeJwt(bearer(signed));
    expect(claims["iss"]).toBe("my_portfolio");
    expect(claims["v-c-merchant-id"]).toBe(MERCHANT);
  });

  it("accepts DER bytes and a CryptoKey", async () => {
    const der = new Uint8Array(createPrivateKey(key).export({ type: "pkcs8", format: "der" }));
    const certDer = pemToDer(cert);
    const rs256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    const cryptoKey = await webcrypto.subtle.importKey("pkcs8", der, rs256, false, ["sign"]);
    const publicKey = await importX509(cert, "RS256");
    for (const privateKey of [der, cryptoKey as CryptoKey]) {
      const strategy = jwtAuth({ ...options, privateKey, certificate: certDer });
      const { protectedHeader } = await jwtVerify(
        bearer(await strategy.sign(post("{}"))),
        publicKey,
        {
          currentDate: NOW,
        },
      );
      expect(protectedHeader.kid).toBe(SERIAL);
    }
  });

  it("imports the key once per strategy", async () => {
    const importKey = vi.spyOn(crypto.subtle, "importKey");
    const strategy = jwtAuth(options);
    await Promise.all([strategy.sign(post("{}")), strategy.sign(post("{}")), strategy.ready()]);
    expect(importKey).toHaveBeenCalledTimes(1);
  });
});

function pemToDer(pem: string): Uint8Array {
  return new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ""), "base64"));
}

describe("jwtAuth with a shared secret (HS256)", () => {
  const hs = { merchantId: MERCHANT, keyId: KEY_ID, sharedSecret: SECRET, now: () => NOW };

  it("sends a token that verifies with the base64-decoded secret", async () => {
    const token = bearer(await jwtAuth(hs).sign(post('{"a":"あ"}')));
    const { payload, protectedHeader } = await jwtVerify(token, Buffer.from(SECRET, "base64"), {
      currentDate: NOW,
    });
    expect(protectedHeader).toEqual({ typ: "JWT", alg: "HS256", kid: KEY_ID });
    expect(Object.keys(payload)).toEqual(JWT_CLAIMS);
    expect(payload.exp).toBe(payload.iat! + 120);
  });

  it("produces byte-identical tokens to Cybersource's SDK 0.0.83 for varied bodies", async () => {
    const config = {
      authenticationType: "jwt",
      jwtKeyType: "SHARED_SECRET",
      runEnvironment: "apitest.cybersource.com",
      merchantID: MERCHANT,
      merchantKeyId: KEY_ID,
      merchantsecretKey: SECRET,
    };
    const jti = "0b6a1b9e-4a57-4d8a-9c1e-5f0d2c3b4a59";
    const strategy = jwtAuth({ ...hs, generateId: () => jti });
    for (const body of varietyBodies.slice(0, 30)) {
      const date = NOW.toUTCString();
      const sdk = officialHeaders(config, {
        method: "POST",
        target: "/pts/v2/payments",
        body,
        date,
        jti,
      });
      expect(bearer(await strategy.sign(post(body)))).toBe(sdk["Authorization"]!.slice(7));
    }
  });
});

describe("jwtAuth options", () => {
  function configError(run: () => unknown): AuthConfigError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthConfigError);
      expect((error as AuthConfigError).code).toBe("AUTH_CONFIG_INVALID");
      return error as AuthConfigError;
    }
    throw new Error("expected an AuthConfigError");
  }

  it.each([
    ["merchantId", { merchantId: "" }],
    ["privateKey", { privateKey: undefined, certificate: undefined }],
    ["privateKey", { privateKey: "not a pem" }],
    ["privateKey", { privateKey: new Uint8Array() }],
    ["privateKey", { privateKey: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]) }],
    ["certificate", { certificate: undefined }],
    [
      "certificate",
      { certificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" },
    ],
    ["requestEncryption.certificate", { requestEncryption: {} }],
    ["generateId", { generateId: "abc" }],
  ])("rejects a bad %s synchronously", (field, override) => {
    expect(configError(() => jwtAuth({ ...options, ...override } as never)).field).toBe(field);
  });

  it("rejects a shared secret without keyId, and a secret that is not base64", () => {
    const base = { merchantId: MERCHANT, sharedSecret: SECRET };
    expect(configError(() => jwtAuth(base as never)).field).toBe("keyId");
    const bad = { ...base, keyId: KEY_ID, sharedSecret: "c2VjcmV0!" };
    const error = configError(() => jwtAuth(bad));
    expect(error.field).toBe("sharedSecret");
    expect(error.message + JSON.stringify(error)).not.toContain("c2VjcmV0");
  });

  it("names the PEM block it found when it is not PKCS#8, without echoing the key", () => {
    const pkcs1 = createPrivateKey(key).export({ type: "pkcs1", format: "pem" }).toString();
    const error = configError(() => jwtAuth({ ...options, privateKey: pkcs1 }));
    expect(error.field).toBe("privateKey");
    expect(error.message).toContain('"RSA PRIVATE KEY"');
    const body = pkcs1.split("\n")[1]!;
    expect(error.message + JSON.stringify(error) + String(error.stack)).not.toContain(body);
  });

  it("rejects a non-RSA key, a key with a corrupt body, and a CryptoKey for another algorithm", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const ecPem = ec.export({ type: "pkcs8", format: "pem" }).toString();
    expect(configError(() => jwtAuth({ ...options, privateKey: ecPem })).field).toBe("privateKey");
    const hmac = await webcrypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const wrong = { ...options, privateKey: hmac as CryptoKey };
    expect(configError(() => jwtAuth(wrong)).field).toBe("privateKey");
    const truncated = { ...options, privateKey: pemToDer(key).subarray(0, 40) };
    expect(configError(() => jwtAuth(truncated)).field).toBe("privateKey");
    // A valid PKCS#8 RSA wrapper around a broken RSAPrivateKey: only Web Crypto notices, on use.
    const der = pemToDer(key);
    expect(der[26]).toBe(0x30); // the inner RSAPrivateKey SEQUENCE
    der[26] = 0x31;
    const error = await jwtAuth({ ...options, privateKey: der })
      .ready()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthConfigError);
    expect((error as AuthConfigError).field).toBe("privateKey");
  });

  it("rejects a certificate whose subject has no serialNumber", () => {
    const plain = dir.keyAndCertificate("plain", "someone").cert;
    const error = configError(() => jwtAuth({ ...options, certificate: plain }));
    expect(error.field).toBe("certificate");
    expect(error.message).toContain("serialNumber");
  });

  it("rejects mixing a shared secret with a private key", () => {
    const mixed = { ...options, keyId: KEY_ID, sharedSecret: SECRET };
    expect(configError(() => jwtAuth(mixed as never)).field).toBe("privateKey");
  });
});
