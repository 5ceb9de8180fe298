import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { createPublicKey } from "node:crypto";
import { CompactEncrypt } from "jose";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook, type SignedContent } from "../../src/index.js";
import { startMockCybersource } from "../../src/mock/index.js";

const key = { keyId: "key-2026", secret: btoa("webhook-secret-for-offline-tests!") };
const oldKey = { keyId: "key-2025", secret: btoa("last-years-webhook-secret-0123456") };
const NOW = new Date("2026-11-25T03:15:42Z");
const body = JSON.stringify({
  notificationId: "n-1",
  eventType: "payments.capture.status.accepted",
  eventDate: NOW.toISOString(),
  webhookId: "w-1",
  payload: { data: { id: "7000000000000000000001" } },
});

async function headers(signedContent: SignedContent = "timestamp.body", at = NOW, text = body) {
  const signature = await signWebhook({
    body: text,
    ...key,
    timestamp: at.getTime(),
    signedContent,
  });
  return { "v-c-signature": signature };
}

async function reason(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string; reason?: string }) => `${error.code}/${error.reason}`,
  );
}

describe("verifyWebhook", () => {
  for (const signedContent of ["timestamp.body", "body"] as const) {
    it(`returns the typed event when the HMAC covers ${signedContent}`, async () => {
      const event = await verifyWebhook({
        headers: await headers(signedContent),
        body,
        keys: [oldKey, key],
        now: NOW,
      });
      expect(event).toEqual({
        eventType: "payments.capture.status.accepted",
        eventDate: NOW.toISOString(),
        webhookId: "w-1",
        notificationId: "n-1",
        payload: { data: { id: "7000000000000000000001" } },
      });
    });
  }

  it("holds to one reading when signedContent names it", async () => {
    const options = { headers: await headers("body"), body, keys: [key], now: NOW };
    expect(await reason(verifyWebhook({ ...options, signedContent: "timestamp.body" }))).toBe(
      "WEBHOOK_VERIFICATION_FAILED/SIGNATURE_MISMATCH",
    );
  });

  it.each([
    ["a missing header", {}, "SIGNATURE_HEADER_INVALID"],
    ["a header without sig", { "v-c-signature": "t=1;keyId=key-2026" }, "SIGNATURE_HEADER_INVALID"],
  ])("refuses %s", async (_, given, expected) => {
    expect(await reason(verifyWebhook({ headers: given, body, keys: [key], now: NOW }))).toBe(
      `WEBHOOK_VERIFICATION_FAILED/${expected}`,
    );
  });

  it("refuses a key id that is none of the keys", async () => {
    const result = verifyWebhook({ headers: await headers(), body, keys: [oldKey], now: NOW });
    expect(await reason(result)).toBe("WEBHOOK_VERIFICATION_FAILED/UNKNOWN_KEY");
  });

  it("refuses a changed body", async () => {
    const changed = body.replace("n-1", "n-2");
    const result = verifyWebhook({
      headers: await headers(),
      body: changed,
      keys: [key],
      now: NOW,
    });
    expect(await reason(result)).toBe("WEBHOOK_VERIFICATION_FAILED/SIGNATURE_MISMATCH");
  });

  it("refuses a timestamp older than the tolerance, and accepts it within", async () => {
    const old = new Date(NOW.getTime() - 301_000);
    const options = { headers: await headers("timestamp.body", old), body, keys: [key], now: NOW };
    expect(await reason(verifyWebhook(options))).toBe(
      "WEBHOOK_VERIFICATION_FAILED/STALE_TIMESTAMP",
    );
    await expect(verifyWebhook({ ...options, toleranceSeconds: 600 })).resolves.toBeTruthy();
  });

  it("refuses a notification id already received", async () => {
    const options = { headers: await headers(), body, keys: [key], now: NOW, isReplay: () => true };
    expect(await reason(verifyWebhook(options))).toBe("WEBHOOK_VERIFICATION_FAILED/REPLAYED");
  });

  it("decrypts a payload encrypted to the merchant's MLE key", async () => {
    const fixtures = new URL("../fixtures/response-mle/", import.meta.url);
    const certificate = readFileSync(new URL("response-mle.crt", fixtures), "utf8");
    const privateKey = readFileSync(new URL("response-mle.key", fixtures), "utf8");
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"data":{"id":"1"}}'))
      .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" })
      .encrypt(createPublicKey(certificate));
    const text = JSON.stringify({ eventType: "payments.authorized", payload: jwe });
    const options = {
      headers: await headers("timestamp.body", NOW, text),
      body: text,
      keys: [key],
      now: NOW,
    };
    expect(await reason(verifyWebhook(options))).toBe(
      "WEBHOOK_VERIFICATION_FAILED/DECRYPTION_FAILED",
    );
    const event = await verifyWebhook({ ...options, decryptionKey: privateKey });
    expect(event.payload).toEqual({ data: { id: "1" } });
  });
});

describe("the mock's webhook deliveries", () => {
  it("retries a non-2xx answer after each configured delay and records every attempt", async () => {
    const statuses = [500, 503, 200];
    const server = createServer((request, response) => {
      request.resume().on("end", () => response.writeHead(statuses.shift() ?? 200).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const mock = await startMockCybersource({
      merchantId: "test_merchant",
      keyId: "k",
      sharedSecret: btoa("fake-secret-for-offline-tests-32"),
      webhooks: [{ url, key, signedContent: "body" }],
      webhookRetryDelaysMs: [1, 1, 1],
    });
    try {
      const { createJpoClient, jwtAuth } = await import("../../src/index.js");
      const { installmentRequest } = await import("../support/requests.js");
      const auth = jwtAuth({
        merchantId: "test_merchant",
        keyId: "k",
        sharedSecret: btoa("fake-secret-for-offline-tests-32"),
      });
      await createJpoClient({ environment: mock.url, auth }).authorize(installmentRequest());
      await mock.webhooksSettled();
      expect(mock.webhookDeliveries.map((d) => [d.attempt, d.status])).toEqual([
        [1, 500],
        [2, 503],
        [3, 200],
      ]);
      expect(new Set(mock.webhookDeliveries.map((d) => d.notificationId)).size).toBe(1);
    } finally {
      await mock.close();
      server.close();
    }
  });
});
