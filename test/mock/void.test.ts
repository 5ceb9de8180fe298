import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { authorized } from "./helpers/operations.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const VOIDS = "/pts/v2/voids";
const NUMBER = 20261125031542;
const NUMBER_NOTE = "clientReferenceInformation.transactionId: a JSON number, read as a string";

/** The id of a capture of a new authorization, sent with `transactionId` if one is given. */
async function captured(mock: Awaited<ReturnType<typeof startMock>>, transactionId?: unknown) {
  const { id } = await authorized(mock);
  const body: bodies.JsonBody = bodies.capture("120000");
  if (transactionId !== undefined) body.clientReferenceInformation.transactionId = transactionId;
  const response = await send(mock, `/pts/v2/payments/${id}/captures`, body);
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe("void by id", () => {
  it("echoes a transaction id sent as a JSON number as a string, with a note", async () => {
    const mock = await startMock();
    const id = await captured(mock);
    const request = { clientReferenceInformation: { code: "ORDER-1", transactionId: NUMBER } };
    const response = await send(mock, `/pts/v2/captures/${id}/voids`, request);
    expect(response.status).toBe(201);
    expect(response.body.clientReferenceInformation).toEqual({ transactionId: String(NUMBER) });
    expect(mock.voids).toEqual([expect.objectContaining({ transactionId: String(NUMBER) })]);
    expect(mock.requests.at(-1)?.notes).toEqual([NUMBER_NOTE]);
  });
});

describe("timeout void by transactionId", () => {
  it("reads a transaction id sent as a JSON number as a string, as the timeout reversal does", async () => {
    const mock = await startMock();
    await captured(mock, NUMBER);
    const request = { clientReferenceInformation: { transactionId: NUMBER } };
    const response = await send(mock, VOIDS, request);
    expect(response.status).toBe(201);
    expect(response.body.clientReferenceInformation).toEqual({ transactionId: String(NUMBER) });
    expect(mock.voids).toEqual([
      expect.objectContaining({ timeout: true, transactionId: String(NUMBER) }),
    ]);
    expect(mock.requests.at(-1)?.notes).toEqual([NUMBER_NOTE]);
    expect(JSON.parse(response.headers.get("x-mock-notes") ?? "[]")).toEqual([NUMBER_NOTE]);
  });

  it("takes the body of Cybersource's own sample (code and transactionId) without a note", async () => {
    // cybersource-rest-samples-node Samples/Payments/Void/timeout-void.js
    const mock = await startMock();
    await captured(mock, "48597865325866");
    const request = {
      clientReferenceInformation: { code: "TC50171_3", transactionId: "48597865325866" },
    };
    const response = await send(mock, VOIDS, request);
    expect(response.status).toBe(201);
    expect(mock.voids).toEqual([expect.objectContaining({ timeout: true })]);
    expect(mock.requests.at(-1)?.notes).toEqual([]);
  });

  it("notes a field Cybersource's timeout void does not have, and still voids", async () => {
    const mock = await startMock();
    await captured(mock, "TX-VOID-1");
    const request = { clientReferenceInformation: { transactionId: "TX-VOID-1", comment: "x" } };
    const response = await send(mock, VOIDS, request);
    expect(response.status).toBe(201);
    const note =
      "clientReferenceInformation.comment: ignored (not a field of Cybersource's request)";
    expect(mock.requests.at(-1)?.notes).toEqual([note]);
    expect(JSON.parse(response.headers.get("x-mock-notes") ?? "[]")).toEqual([note]);
  });

  it("refuses a request without a transaction id with MISSING_FIELD", async () => {
    const mock = await startMock();
    const { status, body } = await send(mock, VOIDS, { clientReferenceInformation: {} });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      reason: "MISSING_FIELD",
      details: [{ field: "clientReferenceInformation.transactionId", reason: "MISSING_FIELD" }],
    });
    expect(mock.voids).toEqual([]);
  });
});
