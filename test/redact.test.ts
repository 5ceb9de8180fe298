import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { maskPan, redact } from "../src/redact.js";
import type { ResponseEvent } from "../src/hooks.js";
import { harness, sharedSecret } from "./support/harness.js";
import { mutable } from "./support/requests.js";

const pan = "4111111111111111";

/**
 * The secrets found in `text`. The CVV counts only as a value of its own ("987", `cvv 987`), not
 * inside another: random ids and transaction ids (hex, 22 digits) hold "987" now and then.
 */
function leaks(text: string): string[] {
  const found = [pan, sharedSecret, "TRACK2DATA"].filter((secret) => text.includes(secret));
  return /(?<![0-9A-Za-z])987(?![0-9A-Za-z])/u.test(text) ? [...found, "987"] : found;
}

describe("redaction", () => {
  test("masks a card number to its first six and last four digits", () => {
    expect(maskPan(pan)).toBe("411111******1111");
    expect(maskPan("4111 1111 1111 1111")).toBe("411111******1111");
    expect(maskPan("12345")).toBe("*****");
  });

  test("masks card data anywhere in a value, and leaves other numbers alone", () => {
    expect(
      redact({
        paymentInformation: { card: { number: pan, securityCode: "987" } },
        note: `card ${pan} in text`,
        id: "6843585327946622203059",
      }),
    ).toEqual({
      paymentInformation: { card: { number: "411111******1111", securityCode: "[redacted]" } },
      note: "card 411111******1111 in text",
      id: "6843585327946622203059",
    });
  });

  test("hooks, results and errors never show the card number, CVV, track data or secret", async () => {
    const seen: unknown[] = [];
    const { client } = await harness({
      hooks: {
        onRequest: (event) => seen.push(event),
        onResponse: (event: ResponseEvent) => seen.push(event),
        onError: (event) => seen.push(event),
      },
    });
    const request = mutable();
    request.paymentInformation.card.securityCode = "987";
    const result = await client.authorize(request);
    const declined = await client.authorize({
      ...request,
      orderInformation: {
        ...request.orderInformation,
        amountDetails: { totalAmount: "1001", currency: "JPY" },
      },
    });
    request.orderInformation.amountDetails.totalAmount = "5002";
    const unknown = await client.authorize(request).catch((e: unknown) => e);
    const invalid = mutable();
    invalid.processingInformation.japanPaymentOptions.jis2TrackData = "TRACK2DATA";
    invalid.paymentInformation.card.number = "4111111111111112";
    const validation = await client.authorize(invalid).catch((e: unknown) => e);

    expect(JSON.stringify(seen)).toContain("411111******1111");
    for (const value of [seen, result, declined, unknown, validation]) {
      expect(leaks(JSON.stringify(value))).toEqual([]);
      expect(leaks(inspect(value, { depth: 10 }))).toEqual([]);
    }
    expect(
      leaks(String((unknown as Error).message) + String((validation as Error).message)),
    ).toEqual([]);
  });

  test("a result's toJSON keeps its data but not its methods", async () => {
    const { client } = await harness();
    const result = await client.authorize(mutable());
    const json = JSON.parse(JSON.stringify(result));
    expect(json).toMatchObject({
      status: "AUTHORIZED",
      id: result.id,
      transactionId: result.transactionId,
    });
    expect(json).not.toHaveProperty("capture");
    expect(Object.isFrozen(result)).toBe(true);
  });

  test("a result's methods also work taken off it, and stay out of its own fields", async () => {
    const { client, mock } = await harness();
    const result = await client.authorize(mutable());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const { capture, toStoredAuthorization } = result;
    expect(Object.keys(result)).not.toContain("capture");
    expect(toStoredAuthorization()).toMatchObject({ id: result.id, amount: "120000" });
    const captured = await capture();
    const { refund, toStoredCapture } = captured;
    expect(toStoredCapture()).toMatchObject({ id: captured.id });
    expect((await refund({ amount: "1000" })).status).toBe("PENDING");
    const second = await client.authorize(mutable());
    if (second.status !== "AUTHORIZED") throw new Error(second.status);
    const { reverse } = second;
    expect((await reverse()).status).toBe("REVERSED");
    expect(mock.captures).toHaveLength(1);
  });

  test("a throwing hook does not break the payment", async () => {
    const { client } = await harness({
      hooks: {
        onRequest: () => {
          throw new Error("logger down");
        },
      },
    });
    expect((await client.authorize(mutable())).status).toBe("AUTHORIZED");
  });
});

describe("transient tokens", () => {
  const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJqdGkiOiJhYmMifQ.c2lnbmF0dXJl";

  test("are masked like secrets in objects, by field and as a JWT in any string", () => {
    expect(redact({ tokenInformation: { transientTokenJwt: jwt, jti: "abc" } })).toEqual({
      tokenInformation: { transientTokenJwt: "[redacted]", jti: "[redacted]" },
    });
    expect(redact({ tokenInformation: { jti: "abc" } })).toEqual({
      tokenInformation: { jti: "[redacted]" },
    });
    expect(redact({ note: `token ${jwt} sent` })).toEqual({ note: "token [redacted] sent" });
  });

  test("leave a JWT claim named jti alone outside tokenInformation", () => {
    expect(redact({ jti: "claim" })).toEqual({ jti: "claim" });
  });
});
