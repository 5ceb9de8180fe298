import { describe, expect, it } from "vitest";
import { signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const card = {
  number: "4000000000002701",
  expirationMonth: "12",
  expirationYear: "2031",
  type: "001",
};

/** Sends `body` to `path` and returns the status, the `x-mock-notes` and the journal's notes. */
async function notesOf(path: string, body: unknown) {
  const mock = await startMock();
  const response = await signedFetch(mock, path, body);
  await response.arrayBuffer();
  return {
    status: response.status,
    header: JSON.parse(response.headers.get("x-mock-notes") ?? "[]") as unknown,
    journal: mock.requests.at(-1)?.notes,
  };
}

describe("intake on the payer authentication setup and the capture context", () => {
  it("notes what the setup ignores and reads a numeric transaction id as a string", async () => {
    const reference = { code: "ORDER-1", transactionId: 20261125031542, comment: "x" };
    const body = { clientReferenceInformation: reference, paymentInformation: { card } };
    const notes = [
      "clientReferenceInformation.transactionId: a JSON number, read as a string",
      "clientReferenceInformation.comment: ignored (not a field of Cybersource's request)",
    ];
    expect(await notesOf("/risk/v1/authentication-setups", body)).toEqual({
      status: 201,
      header: notes,
      journal: notes,
    });
  });

  it("notes a field the capture context request does not have, and still issues one", async () => {
    const body = {
      targetOrigins: ["https://shop.example.jp"],
      targetOrigin: "https://shop.example.jp",
      allowedCardNetworks: ["VISA"],
    };
    const notes = ["targetOrigin: ignored (not a field of Cybersource's request)"];
    expect(await notesOf("/microform/v2/sessions", body)).toEqual({
      status: 201,
      header: notes,
      journal: notes,
    });
  });

  it("still refuses a capture context request without its origins", async () => {
    const result = await notesOf("/microform/v2/sessions", { allowedCardNetworks: ["VISA"] });
    expect(result).toEqual({ status: 400, header: [], journal: [] });
  });
});

describe("intake on the validation of authentication results", () => {
  it("keeps its notes when it refuses an unknown authentication transaction id", async () => {
    const body = {
      clientReferenceInformation: { code: "ORDER-1" },
      orderInformation: { amountDetails: { totalAmount: "1000", currency: "JPY" } },
      paymentInformation: { card },
      consumerAuthenticationInformation: { authenticationTransactionId: "unknown-id" },
      deviceInformation: { comment: "x" },
    };
    const notes = ["deviceInformation: ignored (not a field of Cybersource's request)"];
    const mock = await startMock();
    const response = await signedFetch(mock, "/risk/v1/authentication-results", body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      details: [
        {
          field: "consumerAuthenticationInformation.authenticationTransactionId",
          reason: "INVALID_DATA",
        },
      ],
    });
    expect(JSON.parse(response.headers.get("x-mock-notes") ?? "[]")).toEqual(notes);
    expect(mock.requests.at(-1)?.notes).toEqual(notes);
  });
});
