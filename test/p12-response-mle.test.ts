// Response MLE with the key of the login P12 (`responseEncryption: {}`), against the mock: the
// answers arrive encrypted to the P12's certificate and are read, and one wrong password is one
// error naming `password`, whichever key asks for the file first.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthConfigError, createJpoClient } from "../src/index.js";
import { startMockCybersource, type MockCybersource } from "../src/mock/index.js";
import { jwtAuth } from "../src/p12.js";
import { OpenSslDir } from "./helpers/openssl.js";
import { installmentRequest } from "./support/requests.js";
import { recordingFetch } from "./support/wire-recorder.js";

const MERCHANT = "test_merchant";
const SERIAL = "7000123456789";
const PASSWORD = "p12-secret";
const keyId = "00000000-0000-4000-8000-000000000001";
const sharedSecret = btoa("fake-secret-for-offline-tests-32");

const dir = new OpenSslDir();
let certificate: string;
const FLAVOURS = ["modern", "legacy, 10000 iterations"] as const;
const files: Partial<Record<(typeof FLAVOURS)[number], Uint8Array>> = {};

beforeAll(() => {
  certificate = dir.keyAndCertificate("merchant", MERCHANT, SERIAL).cert;
  files["modern"] = dir.merchantP12("modern.p12", PASSWORD, MERCHANT, SERIAL);
  files["legacy, 10000 iterations"] = dir.merchantP12("java.p12", PASSWORD, MERCHANT, SERIAL, [
    "-legacy",
    "-iter",
    "10000",
  ]);
});
afterAll(() => dir.remove());

const running: MockCybersource[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

/** A mock that verifies the P12's certificate and encrypts its answers to it. */
async function mockFor() {
  const mock = await startMockCybersource({
    merchantId: MERCHANT,
    keyId,
    sharedSecret,
    jwt: { certificate },
    responseEncryption: { publicKey: certificate, keyId: SERIAL },
  });
  running.push(mock);
  return mock;
}

describe("response MLE with the login P12's key", () => {
  it.each(FLAVOURS)("reads answers encrypted to the P12 (%s)", async (name) => {
    const mock = await mockFor();
    const wire: string[] = [];
    const auth = jwtAuth({
      merchantId: MERCHANT,
      p12: files[name]!,
      password: PASSWORD,
      responseEncryption: {},
    });
    const client = createJpoClient({ environment: mock.url, auth, fetch: recordingFetch(wire) });
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    expect(wire).toHaveLength(1);
    expect(Object.keys(JSON.parse(wire[0]!) as object)).toEqual(["encryptedResponse"]);
    expect(mock.authorizations).toHaveLength(1);
  });

  it("reports a wrong password once, naming password, before anything is sent", async () => {
    const mock = await mockFor();
    const auth = jwtAuth({
      merchantId: MERCHANT,
      p12: files["modern"]!,
      password: "not-the-password",
      responseEncryption: {},
    });
    const ready = auth.ready?.();
    await expect(ready).rejects.toBeInstanceOf(AuthConfigError);
    await expect(ready).rejects.toMatchObject({ field: "password" });
    const client = createJpoClient({ environment: mock.url, auth });
    await expect(client.authorize(installmentRequest())).rejects.toMatchObject({
      field: "password",
    });
    expect(mock.requests).toHaveLength(0);
  });
});
