import { createPrivateKey, webcrypto } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { jwtAuth } from "../../src/auth/jwt.js";
import type { ResponseEncryptionOptions } from "../../src/auth/response-mle.js";
import { decodeJwt } from "./signing-vectors.js";

const fixtures = new URL("../fixtures/response-mle/", import.meta.url);
const keyPem = readFileSync(new URL("response-mle.key", fixtures), "utf8");
const { keyId, vectors } = JSON.parse(readFileSync(new URL("vectors.json", fixtures), "utf8")) as {
  keyId: string;
  vectors: { how: string; jwe: string; plaintext: unknown }[];
};
const BASE = "https://apitest.cybersource.com";
const credentials = {
  merchantId: "test_merchant",
  keyId: "00000000-0000-0000-0000-000000000000",
  sharedSecret: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
};

function auth(responseEncryption: Partial<ResponseEncryptionOptions> = {}) {
  return jwtAuth({
    ...credentials,
    responseEncryption: { privateKey: keyPem, keyId, ...responseEncryption },
  });
}

const post = (path: string, body = "{}") => new Request(BASE + path, { method: "POST", body });
const answer = (body: unknown, status = 201) =>
  new Response(JSON.stringify(body), { status, headers: { "v-c-correlation-id": "corr-1" } });

async function claims(strategy: ReturnType<typeof jwtAuth>, path: string) {
  const signed = await strategy.sign(post(path));
  return decodeJwt(signed.headers.get("authorization")!.slice("Bearer ".length)).claims;
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; field?: string }> {
  return promise.then(
    () => ({}),
    (error: { code?: string; field?: string }) => error,
  );
}

describe("response encryption (response MLE)", () => {
  it("adds the v-c-response-mle-kid claim to every operation by default", async () => {
    const strategy = auth();
    for (const path of ["/pts/v2/payments", "/pts/v2/payments/1/captures", "/pts/v2/reversals"]) {
      expect((await claims(strategy, path))["v-c-response-mle-kid"]).toBe(keyId);
    }
  });

  it("asks only for the listed operations when operations is given", async () => {
    const strategy = auth({ operations: ["capture"] });
    expect((await claims(strategy, "/pts/v2/payments"))["v-c-response-mle-kid"]).toBeUndefined();
    expect((await claims(strategy, "/pts/v2/payments/9/captures"))["v-c-response-mle-kid"]).toBe(
      keyId,
    );
    const response = await strategy.onResponse!({
      request: post("/pts/v2/payments"),
      response: answer({ status: "AUTHORIZED" }),
    });
    expect(await response.json()).toEqual({ status: "AUTHORIZED" });
  });

  it("leaves the request body unencrypted when only response MLE is on", async () => {
    const signed = await auth().sign(post("/pts/v2/payments", '{"a":1}'));
    expect(await signed.text()).toBe('{"a":1}');
  });

  for (const [index, vector] of vectors.entries()) {
    it(`decrypts an answer the official SDK decrypts: ${vector.how} #${index + 1}`, async () => {
      const response = await auth().onResponse!({
        request: post("/pts/v2/payments"),
        response: answer({ encryptedResponse: vector.jwe }, index === 1 ? 400 : 201),
      });
      expect(await response.json()).toEqual(vector.plaintext);
      expect(response.headers.get("v-c-correlation-id")).toBe("corr-1");
    });
  }

  it("decrypts with the key given as DER bytes or as a Web Crypto key", async () => {
    const der = new Uint8Array(createPrivateKey(keyPem).export({ type: "pkcs8", format: "der" }));
    const cryptoKey = await webcrypto.subtle.importKey(
      "pkcs8",
      der,
      { name: "RSA-OAEP", hash: "SHA-256" },
      false,
      ["decrypt"],
    );
    for (const privateKey of [der, cryptoKey]) {
      const response = await auth({ privateKey }).onResponse!({
        request: post("/pts/v2/payments"),
        response: answer({ encryptedResponse: vectors[0]!.jwe }),
      });
      expect(await response.json()).toEqual(vectors[0]!.plaintext);
    }
  });

  it("refuses a 2xx answer that is not encrypted with RESPONSE_NOT_ENCRYPTED", async () => {
    const error = await rejection(
      auth().onResponse!({ request: post("/pts/v2/payments"), response: answer({ id: "1" }) }),
    );
    expect(error).toMatchObject({ code: "RESPONSE_NOT_ENCRYPTED", httpStatus: 201 });
  });

  it("passes an error answer that is not encrypted on as it is", async () => {
    const body = { response: { rmsg: "Authentication Failed" } };
    const response = await auth().onResponse!({
      request: post("/pts/v2/payments"),
      response: answer(body, 401),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(body);
  });

  it("fails with RESPONSE_DECRYPTION_FAILED when the answer was encrypted to another key", async () => {
    const other = await webcrypto.subtle.generateKey(
      {
        name: "RSA-OAEP",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      false,
      ["decrypt"],
    );
    const error = await rejection(
      auth({ privateKey: other.privateKey }).onResponse!({
        request: post("/pts/v2/payments"),
        response: answer({ encryptedResponse: vectors[0]!.jwe }),
      }),
    );
    expect(error.code).toBe("RESPONSE_DECRYPTION_FAILED");
  });

  it.each([
    [{ keyId: "" }, "responseEncryption.keyId"],
    [{ privateKey: "not a key" }, "responseEncryption.privateKey"],
    [{ operations: ["settle"] }, "responseEncryption.operations"],
  ])("rejects invalid options with AUTH_CONFIG_INVALID (%o)", (options, field) => {
    let error: { code?: string; field?: string } = {};
    try {
      auth(options as Partial<ResponseEncryptionOptions>);
    } catch (thrown) {
      error = thrown as typeof error;
    }
    expect(error).toMatchObject({ code: "AUTH_CONFIG_INVALID", field });
  });

  it("rejects a Web Crypto key that cannot decrypt", async () => {
    const signing = await webcrypto.subtle.generateKey(
      {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      false,
      ["sign"],
    );
    expect(() => auth({ privateKey: signing.privateKey })).toThrow(
      expect.objectContaining({
        code: "AUTH_CONFIG_INVALID",
        field: "responseEncryption.privateKey",
      }),
    );
  });

  it("shares its vectors with the official SDK, which decrypts each of them", async () => {
    const require = createRequire(import.meta.url);
    const { checkAndDecryptEncryptedResponse } =
      require("cybersource-rest-client/src/authentication/util/MLEUtility") as {
        checkAndDecryptEncryptedResponse: (body: unknown, config: unknown) => Promise<unknown>;
      };
    const MerchantConfig =
      require("cybersource-rest-client/src/authentication/core/MerchantConfig") as new (
        config: Record<string, unknown>,
      ) => unknown;
    const config = new MerchantConfig({
      authenticationType: "jwt",
      jwtKeyType: "SHARED_SECRET",
      runEnvironment: "apitest.cybersource.com",
      merchantID: credentials.merchantId,
      merchantKeyId: credentials.keyId,
      merchantsecretKey: credentials.sharedSecret,
      enableResponseMleGlobally: true,
      responseMlePrivateKey: keyPem,
      responseMleKID: keyId,
      logConfiguration: { enableLog: false },
    });
    for (const vector of vectors) {
      const body = { encryptedResponse: vector.jwe };
      expect(await checkAndDecryptEncryptedResponse(body, config)).toEqual(vector.plaintext);
    }
  });
});
