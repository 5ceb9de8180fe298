import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { authorized, timeoutReversal } from "./helpers/operations.js";
import { signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";

describe("timeout reversal by transactionId", () => {
  it("reverses the authorization sent with the transaction id", async () => {
    const mock = await startMock();
    const { id, transactionId } = await authorized(mock);
    const { status, body } = await timeoutReversal(mock, transactionId, "120000");
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: "REVERSED",
      clientReferenceInformation: { transactionId },
    });
    expect(mock.reversals).toEqual([
      expect.objectContaining({ authorizationId: id, timeout: true, transactionId }),
    ]);
    expect(mock.authorizations[0]!.state).toBe("REVERSED");
  });

  it.each([
    ["a 502", "5002"],
    ["a slow response", "5065"],
    ["a reset connection", "5001"],
    ["a malformed response", "5201"],
  ])("finds the authorization after %s", async (_, amount) => {
    const mock = await startMock();
    const request = bodies.authorization(amount);
    const transactionId = request.clientReferenceInformation.transactionId as string;
    await signedFetch(mock, PATH, request, { signal: AbortSignal.timeout(300) }).then(
      (response) => response.arrayBuffer(),
      () => undefined, // timed out or reset: the outcome is unknown to the client
    );
    const { status } = await timeoutReversal(mock, transactionId, amount);
    expect(status).toBe(201);
    expect(mock.authorizations[0]!.state).toBe("REVERSED");
  });

  it("requires the amount that was requested", async () => {
    const mock = await startMock();
    const { transactionId } = await authorized(mock, "2001");
    expect((await timeoutReversal(mock, transactionId, "1000")).body.reason).toBe("INVALID_AMOUNT");
    const { body } = await timeoutReversal(mock, transactionId, "2001");
    expect(body.reversalAmountDetails).toEqual({
      reversedAmount: "1000",
      originalTransactionAmount: "2001",
      currency: "JPY",
    });
  });

  it("answers an unknown transaction id with MISSING_AUTH and a repeat with AUTH_ALREADY_REVERSED", async () => {
    const mock = await startMock();
    expect((await timeoutReversal(mock, "TX-NEVER-SENT", "100")).body.reason).toBe("MISSING_AUTH");
    const { transactionId } = await authorized(mock);
    await timeoutReversal(mock, transactionId, "120000");
    expect((await timeoutReversal(mock, transactionId, "120000")).body.reason).toBe(
      "AUTH_ALREADY_REVERSED",
    );
  });
});
