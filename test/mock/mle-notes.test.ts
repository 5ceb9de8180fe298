import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { compactDecrypt } from "jose";
import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { jwt, signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const fixtures = new URL("../fixtures/response-mle/", import.meta.url);
const responseKey = readFileSync(new URL("response-mle.key", fixtures), "utf8");
const responseCertificate = readFileSync(new URL("response-mle.crt", fixtures), "utf8");
const RESPONSE_KID = "MOCK-RESPONSE-MLE-1";

describe("the notes of an answer the mock encrypts (MLE)", () => {
  it("keeps x-mock-notes and the journal's notes outside the encrypted body", async () => {
    const mock = await startMock({
      responseEncryption: { publicKey: responseCertificate, keyId: RESPONSE_KID },
    });
    const request = bodies.authorization();
    request.orderInformation.amountDetails.currency = "jpy";
    const signer = jwt(undefined, { claims: { "v-c-response-mle-kid": RESPONSE_KID } });
    const response = await signedFetch(mock, "/pts/v2/payments", request, { signer });
    expect(response.status).toBe(201);
    const note = 'orderInformation.amountDetails.currency: "jpy" read as JPY';
    expect(JSON.parse(response.headers.get("x-mock-notes") ?? "[]")).toEqual([note]);
    expect(mock.requests[0]?.notes).toEqual([note]);
    const wire = (await response.json()) as { encryptedResponse: string };
    expect(Object.keys(wire)).toEqual(["encryptedResponse"]);
    const { plaintext } = await compactDecrypt(
      wire.encryptedResponse,
      createPrivateKey(responseKey),
    );
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ status: "AUTHORIZED" });
  });
});
