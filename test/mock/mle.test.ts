import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { compactDecrypt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { jwtAuth } from "../../src/auth/jwt.js";
import { createJpoClient, type JpoClientOptions } from "../../src/client.js";
import type { ResponseEvent } from "../../src/hooks.js";
import {
  mockMleCertificate,
  startMockCybersource,
  type MockCybersource,
  type MockCybersourceOptions,
} from "../../src/mock/index.js";
import type { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import type { CaptureOutcomeUnknownError } from "../../src/payments/capture-outcome-unknown-error.js";
import { installmentRequest } from "../support/requests.js";
import { recordingFetch } from "../support/wire-recorder.js";

const fixtures = new URL("../fixtures/response-mle/", import.meta.url);
const responseKey = readFileSync(new URL("response-mle.key", fixtures), "utf8");
const responseCertificate = readFileSync(new URL("response-mle.crt", fixtures), "utf8");
const RESPONSE_KID = "MOCK-RESPONSE-MLE-1";
const merchantId = "test_merchant";
const keyId = "00000000-0000-4000-8000-000000000001";
const sharedSecret = btoa("fake-secret-for-offline-tests-32");
const NOW = new Date("2026-11-25T03:15:42Z");

const running: MockCybersource[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

async function setup(
  mockOptions: Partial<MockCybersourceOptions> = {},
  clientOptions: Partial<JpoClientOptions> = {},
) {
  const mock = await startMockCybersource({
    merchantId,
    keyId,
    sharedSecret,
    now: () => NOW,
    responseEncryption: { publicKey: responseCertificate, keyId: RESPONSE_KID },
    ...mockOptions,
  });
  running.push(mock);
  const responses: ResponseEvent[] = [];
  const client = createJpoClient({
    environment: mock.url,
    auth: jwtAuth({
      merchantId,
      keyId,
      sharedSecret,
      now: () => NOW,
      requestEncryption: { certificate: mockMleCertificate },
      responseEncryption: { privateKey: responseKey, keyId: RESPONSE_KID },
    }),
    now: () => NOW,
    retryBaseDelayMs: 1,
    timeoutReversalDelayMs: 0,
    hooks: { onResponse: (event) => responses.push(event) },
    ...clientOptions,
  });
  return { mock, client, responses };
}

describe("message-level encryption through the mock, both directions", () => {
  it("authorizes, captures and reverses with encrypted requests and encrypted answers", async () => {
    const wire: string[] = [];
    const { mock, client, responses } = await setup({}, { fetch: recordingFetch(wire) });
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    if (result.status !== "AUTHORIZED") return;
    expect((await result.capture()).status).toBe("PENDING");
    const held = await client.authorize(installmentRequest("2002"));
    if (held.status !== "AUTHORIZED_PENDING_REVIEW") throw new Error(held.status);
    expect((await held.reverse()).status).toBe("REVERSED");
    expect(mock.authorizations.map((a) => a.amount)).toEqual(["120000", "2002"]);
    for (const body of wire) expect(Object.keys(JSON.parse(body))).toEqual(["encryptedResponse"]);
    expect(responses.map((event) => (event.body as { status: string }).status)).toEqual([
      "AUTHORIZED",
      "PENDING",
      "AUTHORIZED_PENDING_REVIEW",
      "REVERSED",
    ]);
  });

  it("encrypts answers to the key of the JWT's v-c-response-mle-kid claim", async () => {
    const wire: string[] = [];
    const { client } = await setup({}, { fetch: recordingFetch(wire) });
    await client.authorize(installmentRequest());
    const { encryptedResponse } = JSON.parse(wire[0]!) as { encryptedResponse: string };
    const { plaintext, protectedHeader } = await compactDecrypt(
      encryptedResponse,
      createPrivateKey(responseKey),
    );
    expect(protectedHeader).toMatchObject({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      kid: RESPONSE_KID,
    });
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ status: "AUTHORIZED" });
  });

  it("refuses a request naming an unknown response MLE key with 400 INVALID_DATA", async () => {
    const { mock, client } = await setup({ responseEncryption: undefined as never });
    await expect(client.authorize(installmentRequest())).rejects.toMatchObject({
      code: "CYBERSOURCE_API_ERROR",
      httpStatus: 400,
      reason: "INVALID_DATA",
    });
    expect(mock.authorizations).toEqual([]);
  });

  it("refuses a body encrypted to another certificate with 400 INVALID_DATA", async () => {
    const { mock } = await setup();
    const auth = jwtAuth({
      merchantId,
      keyId,
      sharedSecret,
      now: () => NOW,
      requestEncryption: { certificate: responseCertificate },
    });
    const client = createJpoClient({ environment: mock.url, auth, now: () => NOW });
    await expect(client.authorize(installmentRequest())).rejects.toMatchObject({
      code: "CYBERSOURCE_API_ERROR",
      reason: "INVALID_DATA",
    });
    expect(mock.authorizations).toEqual([]);
  });

  it("makes an answer that cannot be decrypted an unknown outcome whose reversal works", async () => {
    // The mock encrypts to a key the client does not hold.
    const { mock, client } = await setup({
      responseEncryption: { publicKey: mockMleCertificate, keyId: RESPONSE_KID },
    });
    const error = (await client
      .authorize(installmentRequest())
      .catch((e: unknown) => e)) as AuthorizationOutcomeUnknownError;
    expect(error.code).toBe("AUTHORIZATION_OUTCOME_UNKNOWN");
    expect((error.cause as { code: string }).code).toBe("RESPONSE_DECRYPTION_FAILED");
    expect(error.httpStatus).toBe(201);
    expect(mock.authorizations).toHaveLength(1);
    await expect(error.reverse()).rejects.toMatchObject({ code: "RESPONSE_DECRYPTION_FAILED" });
    expect(mock.reversals).toHaveLength(1);
  });

  it("makes an approval that arrives unencrypted an unknown outcome (RESPONSE_NOT_ENCRYPTED)", async () => {
    // A fetch that decrypts on the way, as a proxy that strips MLE would.
    const stripping: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const { encryptedResponse } = (await response.json()) as { encryptedResponse: string };
      const { plaintext } = await compactDecrypt(encryptedResponse, createPrivateKey(responseKey));
      return new Response(new TextDecoder().decode(plaintext), { status: response.status });
    };
    const { mock, client } = await setup({}, { fetch: stripping });
    const error = (await client
      .authorize(installmentRequest())
      .catch((e: unknown) => e)) as AuthorizationOutcomeUnknownError;
    expect(error.code).toBe("AUTHORIZATION_OUTCOME_UNKNOWN");
    expect((error.cause as { code: string }).code).toBe("RESPONSE_NOT_ENCRYPTED");
    expect(mock.authorizations).toHaveLength(1);
  });

  it("makes a capture whose answer arrives unencrypted an unknown outcome with void()", async () => {
    // A proxy that strips MLE from the capture's answer only.
    const stripping: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith("/captures")) return response;
      const { encryptedResponse } = (await response.json()) as { encryptedResponse: string };
      const { plaintext } = await compactDecrypt(encryptedResponse, createPrivateKey(responseKey));
      return new Response(new TextDecoder().decode(plaintext), { status: response.status });
    };
    const { mock, client } = await setup({}, { fetch: stripping });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const error = (await result.capture().catch((e: unknown) => e)) as CaptureOutcomeUnknownError;
    expect(error.code).toBe("CAPTURE_OUTCOME_UNKNOWN");
    expect((error.cause as { code: string }).code).toBe("RESPONSE_NOT_ENCRYPTED");
    expect(error.httpStatus).toBe(201);
    expect(typeof error.void).toBe("function");
    expect(mock.captures).toHaveLength(1);
  });

  it("decrypts an encrypted error answer into a typed API error", async () => {
    const { client } = await setup();
    const request = installmentRequest();
    request.clientReferenceInformation = { code: "ORDER-1", transactionId: "TX-DUP-1" };
    await client.authorize(request);
    await expect(client.authorize(request)).rejects.toMatchObject({
      code: "CYBERSOURCE_API_ERROR",
      reason: "INVALID_DATA",
    });
  });
});
