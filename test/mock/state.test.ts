import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { authorized, captureOf, reversalOf, timeoutReversal } from "./helpers/operations.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";

describe("authorization state", () => {
  it("refuses a reused transactionId with INVALID_DATA, as the sandbox was seen to, and records nothing new", async () => {
    const mock = await startMock();
    const { transactionId } = await authorized(mock);
    const again = await send(mock, PATH, bodies.authorization("3000", transactionId));
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      reason: "INVALID_DATA",
      details: [{ field: "clientReferenceInformation.transactionId", reason: "INVALID_DATA" }],
    });
    expect(mock.authorizations).toHaveLength(1);
  });

  it("refuses a reused transactionId with DUPLICATE_REQUEST when configured so", async () => {
    const mock = await startMock({ duplicateTransactionIdReason: "DUPLICATE_REQUEST" });
    const { transactionId } = await authorized(mock);
    const again = await send(mock, PATH, bodies.authorization("3000", transactionId));
    expect(again.body.reason).toBe("DUPLICATE_REQUEST");
  });

  it("captures an authorization, which becomes CAPTURED", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock);
    const { status, body } = await captureOf(mock, id, "120000");
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: "PENDING",
      id: expect.stringMatching(/^\d{22}$/),
      orderInformation: { amountDetails: { totalAmount: "120000", currency: "JPY" } },
      _links: { self: { method: "GET" }, void: { method: "POST" } },
    });
    expect(mock.authorizations[0]!.state).toBe("CAPTURED");
    expect(mock.authorizations[0]!.history.map((change) => change.state)).toEqual([
      "AUTHORIZED",
      "CAPTURED",
    ]);
    expect(mock.captures).toEqual([
      expect.objectContaining({ authorizationId: id, amount: "120000" }),
    ]);
  });

  it("allows a partial capture but not one above the authorized amount", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock, "2001"); // partially approved: 1000
    const above = await captureOf(mock, id, "1001");
    expect(above.body).toMatchObject({
      reason: "EXCEEDS_AUTH_AMOUNT",
      details: [{ field: "orderInformation.amountDetails.totalAmount", reason: "INVALID_DATA" }],
    });
    expect((await captureOf(mock, id, "600")).status).toBe(201);
    expect((await captureOf(mock, id, "400")).body.reason).toBe("TRANSACTION_ALREADY_SETTLED");
  });

  it("reverses an authorization, which becomes REVERSED", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock);
    const { status, body } = await reversalOf(mock, id, "120000");
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: "REVERSED",
      reversalAmountDetails: {
        reversedAmount: "120000",
        originalTransactionAmount: "120000",
        currency: "JPY",
      },
    });
    expect(mock.authorizations[0]!.state).toBe("REVERSED");
    expect(mock.reversals).toEqual([
      expect.objectContaining({ authorizationId: id, timeout: false }),
    ]);
  });

  it("refuses a second reversal and a capture after a reversal with AUTH_ALREADY_REVERSED", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock);
    await reversalOf(mock, id, "120000");
    expect((await reversalOf(mock, id, "120000")).body.reason).toBe("AUTH_ALREADY_REVERSED");
    expect((await captureOf(mock, id, "120000")).body.reason).toBe("AUTH_ALREADY_REVERSED");
    expect(mock.reversals).toHaveLength(1);
    expect(mock.captures).toEqual([]);
  });

  it("refuses to reverse a captured authorization with TRANSACTION_ALREADY_SETTLED", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock);
    await captureOf(mock, id, "120000");
    const response = await reversalOf(mock, id, "120000");
    expect(response.status).toBe(400);
    expect(response.body.reason).toBe("TRANSACTION_ALREADY_SETTLED");
  });

  it("refuses a reversal of another amount than the authorized one with INVALID_AMOUNT", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock);
    expect((await reversalOf(mock, id, "100")).body.reason).toBe("INVALID_AMOUNT");
    expect(mock.authorizations[0]!.state).toBe("AUTHORIZED");
  });

  it("answers an unknown payment id with 400 MISSING_AUTH", async () => {
    const mock = await startMock();
    const unknown = "1234567890123456789012";
    expect((await captureOf(mock, unknown, "100")).body.reason).toBe("MISSING_AUTH");
    expect((await reversalOf(mock, unknown, "100")).body.reason).toBe("MISSING_AUTH");
  });

  it("refuses to capture or reverse a declined authorization with MISSING_AUTH", async () => {
    const mock = await startMock();
    const { id, transactionId } = await authorized(mock, "1001");
    expect((await captureOf(mock, id, "1001")).body.reason).toBe("MISSING_AUTH");
    expect((await reversalOf(mock, id, "0")).body.reason).toBe("MISSING_AUTH");
    expect((await timeoutReversal(mock, transactionId, "1001")).body.reason).toBe("MISSING_AUTH");
  });

  it("refuses to capture an authorization held for review", async () => {
    const mock = await startMock();
    const { id } = await authorized(mock, "2002");
    expect((await captureOf(mock, id, "2002")).body.reason).toBe("MISSING_AUTH");
    expect((await reversalOf(mock, id, "2002")).status).toBe(201);
  });

  it("records processingInformation.capture: true as captured at once", async () => {
    const mock = await startMock();
    const request = bodies.authorization("54800");
    request.processingInformation.capture = true;
    const { body } = await send(mock, PATH, request);
    expect(body.status).toBe("AUTHORIZED");
    expect(Object.keys(body._links)).toEqual(["self"]);
    expect(mock.authorizations[0]!.state).toBe("CAPTURED");
    expect(mock.captures).toEqual([expect.objectContaining({ amount: "54800" })]);
    expect((await captureOf(mock, body.id, "54800")).body.reason).toBe(
      "TRANSACTION_ALREADY_SETTLED",
    );
  });

  it("hands out copies: records cannot be changed from outside", async () => {
    const mock = await startMock();
    await authorized(mock);
    const [record] = mock.authorizations;
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => ((record as { state: string }).state = "REVERSED")).toThrow(TypeError);
    expect(mock.authorizations[0]!.state).toBe("AUTHORIZED");
  });
});
