import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { httpSignature, send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";

/** Sends an authorization with the card (and JPO options) changed by `edit`. */
async function authorizeWith(edit: (body: bodies.JsonBody) => void, now?: Date) {
  const mock = await startMock(now === undefined ? {} : { now: () => now });
  const body = bodies.authorization();
  edit(body);
  const signer = httpSignature(now === undefined ? {} : { date: now });
  const response = await send(mock, PATH, body, { signer });
  return { mock, response };
}

describe("server-side JPO rules", () => {
  it("refuses a Mastercard with CARD_TYPE_NOT_ACCEPTED and records nothing", async () => {
    const { mock, response } = await authorizeWith((b) => {
      b.paymentInformation.card = {
        ...b.paymentInformation.card,
        number: "5555555555554444",
        type: "002",
      };
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      reason: "CARD_TYPE_NOT_ACCEPTED",
      details: [{ field: "paymentInformation.card.type", reason: "INVALID_DATA" }],
    });
    expect(mock.authorizations).toEqual([]);
  });

  it("refuses a non-Visa number sent as type 001", async () => {
    const { response } = await authorizeWith(
      (b) => (b.paymentInformation.card.number = "5555555555554444"),
    );
    expect(response.body).toMatchObject({
      reason: "CARD_TYPE_NOT_ACCEPTED",
      details: [{ field: "paymentInformation.card.number", reason: "INVALID_DATA" }],
    });
  });

  it("refuses a Visa number that fails the Luhn check with INVALID_CARD", async () => {
    const { mock, response } = await authorizeWith(
      (b) => (b.paymentInformation.card.number = "4111111111111112"),
    );
    expect(response.status).toBe(400);
    expect(response.body.reason).toBe("INVALID_CARD");
    expect(mock.authorizations).toEqual([]);
  });

  it("declines an expired card with EXPIRED_CARD (201) and records the decline", async () => {
    const { mock, response } = await authorizeWith((b) => {
      b.paymentInformation.card.expirationMonth = "10";
      b.paymentInformation.card.expirationYear = "2026";
    });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe("DECLINED");
    expect(response.body.errorInformation.reason).toBe("EXPIRED_CARD");
    expect(response.body._links).toEqual({ self: expect.any(Object) });
    expect(mock.authorizations[0]).toMatchObject({
      state: "DECLINED",
      declineReason: "EXPIRED_CARD",
    });
  });

  it("judges expiry by the month in Tokyo", async () => {
    const expiresNovember = (b: bodies.JsonBody) => {
      b.paymentInformation.card.expirationMonth = "11";
      b.paymentInformation.card.expirationYear = "2026";
    };
    // 2026-11-30T14:59:59Z is still November in Tokyo; one second later it is December there.
    const lastSecond = await authorizeWith(expiresNovember, new Date("2026-11-30T14:59:59Z"));
    expect(lastSecond.response.body.status).toBe("AUTHORIZED");
    const nextMonth = await authorizeWith(expiresNovember, new Date("2026-11-30T15:00:00Z"));
    expect(nextMonth.response.body.errorInformation.reason).toBe("EXPIRED_CARD");
  });

  it("requires terminalId when jis2TrackData is sent (card present)", async () => {
    const track = "1234567890123456789012345678901234567890";
    const { mock, response } = await authorizeWith(
      (b) => (b.processingInformation.japanPaymentOptions.jis2TrackData = track),
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      reason: "MISSING_FIELD",
      details: [
        { field: "processingInformation.japanPaymentOptions.terminalId", reason: "MISSING_FIELD" },
      ],
    });
    expect(mock.authorizations).toEqual([]);
    const withTerminal = await authorizeWith((b) => {
      b.processingInformation.japanPaymentOptions.jis2TrackData = track;
      b.processingInformation.japanPaymentOptions.terminalId = "1234567890123";
    });
    expect(withTerminal.response.status).toBe(201);
  });

  it("refuses a currency other than JPY", async () => {
    const { response } = await authorizeWith(
      (b) => (b.orderInformation.amountDetails.currency = "USD"),
    );
    expect(response.body.details).toEqual([
      { field: "orderInformation.amountDetails.currency", reason: "INVALID_DATA" },
    ]);
  });

  it("keeps only the masked card: never the full number or the CVN", async () => {
    const { mock } = await authorizeWith(() => {});
    expect(mock.authorizations[0]!.card).toEqual({
      first6: "411111",
      last4: "1111",
      type: "001",
      expirationMonth: "12",
      expirationYear: "2031",
    });
    const stored = JSON.stringify([mock.authorizations, mock.captures, mock.reversals]);
    expect(stored).not.toContain("4111111111111111");
    expect(stored).not.toContain('"123"');
  });
});
