// Response MLE with the key of the login P12 (`responseEncryption: {}`), against the mock: the
// answers arrive encrypted to the P12's certificate and are read, and one wrong password is one
// error naming `password`, whichever key asks for the file first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthConfigError, createJpoClient } from "../src/index.js";
import { jwtAuth } from "../src/p12.js";
import { OpenSslDir } from "./helpers/openssl.js";
import { merchantId } from "./mock/helpers/credentials.js";
import { startMock } from "./mock/helpers/server.js";
import { installmentRequest } from "./support/requests.js";
import { recordingFetch } from "./support/wire-recorder.js";

const MERCHANT = merchantId;
const SERIAL = "7000123456789";
const PASSWORD = "p12-secret";

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

/**
 * A mock (closed after the test) that verifies the P12's certificate and encrypts its answers to
 * it, on the real clock: the P12 client signs with the real clock.
 */
function mockFor() {
  return startMock({
    now: () => new Date(),
    jwt: { certificate },
    responseEncryption: { publicKey: certificate, keyId: SERIAL },
  });
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
