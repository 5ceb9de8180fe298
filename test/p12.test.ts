import { importX509, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthConfigError } from "../src/index.js";
import { jwtAuth } from "../src/p12.js";
import { officialHeaders } from "./helpers/official-sdk.js";
import { OpenSslDir } from "./helpers/openssl.js";
import { decodeJwt } from "./auth/signing-vectors.js";

const MERCHANT = "test_merchant";
const SERIAL = "7000123456789";
const PASSWORD = "p12-Pässword!";
const NOW = new Date("2026-01-01T00:00:00Z");
const PAYMENTS = "https://apitest.cybersource.com/pts/v2/payments";

const dir = new OpenSslDir();
let cert: string;
const files: Record<string, Uint8Array> = {};

// Each P12 flavour as `openssl pkcs12 -export` writes it; the names say what is inside.
const FLAVOURS: Record<string, string[]> = {
  "modern (PBES2 AES-256-CBC, PBKDF2-HMAC-SHA256, SHA-256 MAC)": [],
  "legacy (-legacy: RC2-40 certificates, 3DES key, SHA-1 MAC)": ["-legacy"],
  "3DES throughout, SHA-1 MAC (no legacy provider)": [
    "-keypbe",
    "PBE-SHA1-3DES",
    "-certpbe",
    "PBE-SHA1-3DES",
    "-macalg",
    "sha1",
  ],
  "RC2-128 certificates, 2-key 3DES key": [
    "-legacy",
    "-certpbe",
    "PBE-SHA1-RC2-128",
    "-keypbe",
    "PBE-SHA1-2DES",
  ],
  "PBES2 with AES-128 and HMAC-SHA1 PRF, SHA-512 MAC": [
    "-certpbe",
    "AES-128-CBC",
    "-keypbe",
    "AES-128-CBC",
    "-macalg",
    "sha512",
  ],
  "unencrypted (keyBag, plain certificate bag)": ["-keypbe", "NONE", "-certpbe", "NONE"],
  "legacy with 10000 iterations, as Java writes them": ["-legacy", "-iter", "10000"],
};

beforeAll(() => {
  cert = dir.keyAndCertificate("merchant", MERCHANT, SERIAL).cert;
  dir.keyAndCertificate("mle", "CyberSource_SJC_US", "SJC-MLE-1");
  dir.keyAndCertificate("other", "other_merchant", "1111");
  for (const [name, args] of Object.entries(FLAVOURS)) {
    const file = `${Object.keys(files).length}.p12`;
    files[name] = dir.merchantP12(file, PASSWORD, MERCHANT, SERIAL, args);
  }
  files["no MAC"] = dir.merchantP12("nomac.p12", PASSWORD, MERCHANT, SERIAL, ["-nomac"]);
  files["other merchant"] = dir.p12("other.p12", PASSWORD, [
    "-inkey",
    "other.key",
    "-in",
    "other.crt",
    "-name",
    "serialNumber=1111,CN=other_merchant",
  ]);
  files["with MLE certificate"] = dir.merchantP12("mle.p12", PASSWORD, MERCHANT, SERIAL, [
    "-certfile",
    "mle.crt",
    "-caname",
    "serialNumber=SJC-MLE-1,CN=CyberSource_SJC_US",
    "-legacy",
  ]);
}, 60_000);
afterAll(() => dir.remove());

async function verify(request: Request) {
  const token = (request.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  return jwtVerify(token, await importX509(cert, "RS256"), { currentDate: NOW });
}

async function rejection(promise: Promise<unknown>): Promise<AuthConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthConfigError);
  expect((error as AuthConfigError).code).toBe("AUTH_CONFIG_INVALID");
  return error as AuthConfigError;
}

describe("jwtAuth from a P12 file", () => {
  it.each(Object.keys(FLAVOURS))("reads a %s P12 and signs a verifiable token", async (name) => {
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      p12: files[name]!,
      password: PASSWORD,
      now: () => NOW,
    });
    const { protectedHeader, payload } = await verify(
      await strategy.sign(new Request(PAYMENTS, { method: "POST", body: "{}" })),
    );
    expect(protectedHeader).toEqual({ typ: "JWT", alg: "RS256", kid: SERIAL });
    expect(payload.iss).toBe(MERCHANT);
  });

  it("finds the merchant's certificate case-insensitively among several", async () => {
    const strategy = jwtAuth({
      merchantId: "TEST_MERCHANT",
      p12: files["with MLE certificate"]!,
      password: PASSWORD,
      now: () => NOW,
    });
    const { protectedHeader } = await verify(await strategy.sign(new Request(PAYMENTS)));
    expect(protectedHeader.kid).toBe(SERIAL);
  });

  it.each(Object.keys(FLAVOURS).slice(0, 2))(
    "produces the same token as Cybersource's SDK 0.0.83 for the same %s P12",
    async (name) => {
      const jti = "3c0e2a8c-1f7b-4d1e-8b0a-6a9d5f4e3c21";
      const body = '{"processingInformation":{"japanPaymentOptions":{"businessName":"我社"}}}';
      // The SDK (node-forge) gets non-ASCII passwords wrong, so these copies use an ASCII one.
      const keyFileName = `for-sdk-${name.split(" ")[0]}`;
      const p12 = dir.merchantP12(
        `${keyFileName}.p12`,
        "ascii-pw",
        MERCHANT,
        SERIAL,
        FLAVOURS[name]!,
      );
      const config = {
        authenticationType: "jwt",
        runEnvironment: "apitest.cybersource.com",
        merchantID: MERCHANT,
        keysDirectory: dir.path,
        keyFileName,
        keyAlias: MERCHANT,
        keyPass: "ascii-pw",
      };
      const date = NOW.toUTCString();
      const sdk = officialHeaders(config, {
        method: "POST",
        target: "/pts/v2/payments",
        body,
        date,
        jti,
      });
      const strategy = jwtAuth({
        merchantId: MERCHANT,
        p12,
        password: "ascii-pw",
        now: () => NOW,
        generateId: () => jti,
      });
      const ours = await strategy.sign(new Request(PAYMENTS, { method: "POST", body }));
      expect(ours.headers.get("authorization")).toBe(sdk["Authorization"]);
      const { header } = decodeJwt(sdk["Authorization"]!.slice(7));
      expect(header).toEqual({ typ: "JWT", alg: "RS256", kid: SERIAL });
    },
  );

  it("takes the MLE certificate from the P12 when requestEncryption has none", async () => {
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      p12: files["with MLE certificate"]!,
      password: PASSWORD,
      now: () => NOW,
      requestEncryption: {},
    });
    const signed = await strategy.sign(new Request(PAYMENTS, { method: "POST", body: '{"a":1}' }));
    const { encryptedRequest } = JSON.parse(await signed.text()) as { encryptedRequest: string };
    const header = JSON.parse(Buffer.from(encryptedRequest.split(".")[0]!, "base64url").toString());
    expect(header.kid).toBe("SJC-MLE-1");
  });
});

describe("jwtAuth from a P12 file: errors", () => {
  it("rejects a wrong password with a typed error that does not echo it", async () => {
    for (const name of [Object.keys(FLAVOURS)[0]!, Object.keys(FLAVOURS)[1]!, "no MAC"]) {
      const wrong = "wrong-Passw0rd";
      const strategy = jwtAuth({ merchantId: MERCHANT, p12: files[name]!, password: wrong });
      const error = await rejection(strategy.ready());
      expect(error.field, `${name}: ${error.message}`).toBe("password");
      expect(error.message + JSON.stringify(error) + String(error.stack)).not.toContain(wrong);
      await rejection(strategy.sign(new Request(PAYMENTS)));
    }
  });

  it("rejects a P12 without the merchant's certificate", async () => {
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      p12: files["other merchant"]!,
      password: PASSWORD,
    });
    const error = await rejection(strategy.ready());
    expect(error.field).toBe("p12");
    expect(error.message).toContain(`CN=${MERCHANT}`);
  });

  it("rejects MLE from a P12 without Cybersource's MLE certificate", async () => {
    const p12 = files[Object.keys(FLAVOURS)[0]!]!;
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      p12,
      password: PASSWORD,
      requestEncryption: {},
    });
    expect((await rejection(strategy.ready())).message).toContain("CN=CyberSource_SJC_US");
  });

  it("rejects bytes that are not a P12, a missing P12 and a missing password synchronously", () => {
    const cases: [string, Record<string, unknown>][] = [
      ["p12", { p12: new Uint8Array([1, 2, 3]), password: PASSWORD }],
      ["p12", { p12: new Uint8Array(), password: PASSWORD }],
      ["p12", { p12: "base64 text", password: PASSWORD }],
      ["password", { p12: files["no MAC"]!, password: "" }],
      ["password", { p12: files["no MAC"]! }],
      ["merchantId", { merchantId: "", p12: files["no MAC"]!, password: PASSWORD }],
    ];
    for (const [field, options] of cases) {
      let thrown: unknown;
      try {
        jwtAuth({ merchantId: MERCHANT, ...options } as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AuthConfigError);
      expect((thrown as AuthConfigError).field).toBe(field);
    }
  });

  it("still accepts the key-and-certificate and shared-secret forms", async () => {
    const strategy = jwtAuth({
      merchantId: MERCHANT,
      privateKey: dir.text("merchant.key"),
      certificate: cert,
      now: () => NOW,
    });
    expect((await verify(await strategy.sign(new Request(PAYMENTS)))).protectedHeader.kid).toBe(
      SERIAL,
    );
  });
});
