import { createHash, createPrivateKey } from "node:crypto";
import { createRequire } from "node:module";
import { compactDecrypt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthConfigError, jwtAuth, type JwtKeyAuthOptions } from "../../src/index.js";
import { varietyBodies } from "../helpers/bodies.js";
import { OpenSslDir } from "../helpers/openssl.js";
import { decodeJwt } from "./signing-vectors.js";

const MERCHANT = "test_merchant";
const MLE_SERIAL = "SJC-MLE-1";
const PAYMENTS = "https://apitest.cybersource.com/pts/v2/payments";
const NOW = new Date("2026-01-01T00:00:00Z");
const IAT = NOW.getTime() / 1000;

const dir = new OpenSslDir();
let mleKey: string;
let options: JwtKeyAuthOptions;

beforeAll(() => {
  const merchant = dir.keyAndCertificate("merchant", MERCHANT, "7000123456789");
  const mle = dir.keyAndCertificate("mle", "CyberSource_SJC_US", MLE_SERIAL);
  mleKey = mle.key;
  options = {
    merchantId: MERCHANT,
    privateKey: merchant.key,
    certificate: merchant.cert,
    now: () => NOW,
    requestEncryption: { certificate: mle.cert },
  };
});
afterAll(() => dir.remove());

function post(body: string): Request {
  return new Request(PAYMENTS, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
}

async function envelope(request: Request): Promise<{ sent: string; jwe: string }> {
  const sent = await request.text();
  const parsed = JSON.parse(sent) as Record<string, unknown>;
  expect(Object.keys(parsed)).toEqual(["encryptedRequest"]);
  return { sent, jwe: parsed["encryptedRequest"] as string };
}

async function decrypt(jwe: string): Promise<string> {
  const { plaintext } = await compactDecrypt(jwe, createPrivateKey(mleKey));
  return new TextDecoder().decode(plaintext);
}

describe("request encryption (MLE)", () => {
  it("sends {encryptedRequest} whose JWE decrypts to the original body", async () => {
    const body = varietyBodies[20]!;
    const { sent, jwe } = await envelope(await jwtAuth(options).sign(post(body)));
    expect(sent).toBe(JSON.stringify({ encryptedRequest: jwe }));
    expect(await decrypt(jwe)).toBe(body);
  });

  it("uses the protected header Cybersource expects", async () => {
    const { jwe } = await envelope(await jwtAuth(options).sign(post("{}")));
    expect(decodeProtectedHeader(jwe)).toEqual({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      cty: "JWT",
      kid: MLE_SERIAL,
      iat: IAT,
    });
    expect(jwe.split(".")).toHaveLength(5);
  });

  it("computes the JWT digest over the encrypted envelope actually sent", async () => {
    const signed = await jwtAuth(options).sign(post('{"a":"あ"}'));
    const token = signed.headers.get("authorization")!.slice("Bearer ".length);
    const { sent } = await envelope(signed);
    const digest = createHash("sha256").update(sent, "utf8").digest("base64");
    expect(decodeJwt(token).claims["digest"]).toBe(digest);
  });

  it("encrypts each request with a fresh content key and IV", async () => {
    const strategy = jwtAuth(options);
    const a = (await envelope(await strategy.sign(post("{}")))).jwe;
    const b = (await envelope(await strategy.sign(post("{}")))).jwe;
    expect(a).not.toBe(b);
    expect(await decrypt(a)).toBe(await decrypt(b));
  });

  it("works with shared-secret JWT too", async () => {
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      keyId: "00000000-0000-0000-0000-000000000000",
      sharedSecret: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      now: () => NOW,
      requestEncryption: options.requestEncryption!,
    });
    expect(await decrypt((await envelope(await strategy.sign(post('{"x":1}')))).jwe)).toBe(
      '{"x":1}',
    );
  });

  it("leaves a GET unencrypted", async () => {
    const signed = await jwtAuth(options).sign(new Request(`${PAYMENTS}/1`));
    expect(signed.body).toBeNull();
  });

  it("rejects an unusable MLE certificate synchronously", () => {
    const plain = dir.keyAndCertificate("plain", "no-serial").cert;
    for (const requestEncryption of [{ certificate: "nope" }, { certificate: plain }, {}]) {
      let thrown: unknown;
      try {
        jwtAuth({ ...options, requestEncryption } as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AuthConfigError);
      expect((thrown as AuthConfigError).field).toBe("requestEncryption.certificate");
    }
  });
});

describe("request encryption against Cybersource's SDK 0.0.83", () => {
  it("has the same protected header and plaintext as the SDK's MLEUtility", async () => {
    const require = createRequire(import.meta.url);
    const AUTH = "cybersource-rest-client/src/authentication";
    const MerchantConfig = require(`${AUTH}/core/MerchantConfig`) as new (c: object) => object;
    const MLEUtility = require(`${AUTH}/util/MLEUtility`) as {
      encryptRequestPayload(config: object, body: unknown): Promise<{ encryptedRequest: string }>;
    };
    dir.p12("sdk.p12", "ascii-pw", ["-inkey", "merchant.key", "-in", "merchant.crt", "-legacy"]);
    const config = new MerchantConfig({
      authenticationType: "jwt",
      runEnvironment: "apitest.cybersource.com",
      merchantID: MERCHANT,
      keysDirectory: dir.path,
      keyFileName: "sdk",
      keyAlias: MERCHANT,
      keyPass: "ascii-pw",
      mleForRequestPublicCertPath: `${dir.path}/mle.crt`,
      enableRequestMLEForOptionalApisGlobally: true,
      logConfiguration: { enableLog: false },
    });
    const body = varietyBodies[21]!;
    const realNow = Date.now;
    Date.now = () => NOW.getTime();
    let sdk: { encryptedRequest: string };
    try {
      // createPayment hands the SDK the request object, which it serializes compactly.
      sdk = await MLEUtility.encryptRequestPayload(config, JSON.parse(body));
    } finally {
      Date.now = realNow;
    }
    const { jwe } = await envelope(await jwtAuth(options).sign(post(body)));
    expect(JSON.stringify(decodeProtectedHeader(jwe))).toBe(
      JSON.stringify(decodeProtectedHeader(sdk.encryptedRequest)),
    );
    expect(await decrypt(jwe)).toBe(await decrypt(sdk.encryptedRequest));
  });
});
