import { describe, expect, test } from "vitest";
import { JpoValidationError } from "../../src/errors.js";
import { harness } from "../support/harness.js";
import { installmentRequest, mutable } from "../support/requests.js";

const jpo = "processingInformation.japanPaymentOptions";

describe("warnings", () => {
  test("carries the validator's warnings on the result and shows them to onRequest", async () => {
    const { client, sent } = await harness();
    const request = mutable();
    delete request.clientReferenceInformation.code;
    const result = await client.authorize(request);
    expect(result.status).toBe("AUTHORIZED");
    const expected = [
      { path: "clientReferenceInformation.code", rule: "recommended-field", severity: "warning" },
    ];
    expect(result.warnings).toMatchObject(expected);
    expect(sent[0]?.warnings).toMatchObject(expected);
  });

  test("lists only errors in JpoValidationError, though warnings were found too", async () => {
    const { client, sent } = await harness();
    const request = mutable();
    delete request.clientReferenceInformation.code;
    request.paymentInformation.card.type = "002";
    const error = await client.authorize(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JpoValidationError);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "paymentInformation.card.type", rule: "visa-only", severity: "error" },
    ]);
    expect(sent).toEqual([]);
  });
});

describe("the partner option and additionalFields", () => {
  test("adds the client's partner to every body, where the request has none of its own", async () => {
    const { client, sent } = await harness({
      partner: { developerId: "DEV12345", solutionId: "SOL1" },
    });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error("not approved");
    await result.reverse();
    const own = mutable();
    own.clientReferenceInformation.partner = { developerId: "MINE" };
    await client.authorize(own);
    expect(sent.map((event) => (event.body as any).clientReferenceInformation.partner)).toEqual([
      { developerId: "DEV12345", solutionId: "SOL1" },
      { developerId: "DEV12345", solutionId: "SOL1" },
      { developerId: "MINE", solutionId: "SOL1" },
    ]);
  });

  test("merges additionalFields into the body, signed, with a warning for each field added", async () => {
    const { client, mock, sent } = await harness();
    const additionalFields = {
      riskInformation: { profile: { name: "jp-default" }, eventType: "purchase" },
    };
    const result = await client.authorize(installmentRequest(), { additionalFields });
    expect(result.status).toBe("AUTHORIZED");
    expect(result.warnings.map(({ path, rule }) => `${rule} ${path}`)).toEqual([
      "additional-field riskInformation.profile.name",
      "additional-field riskInformation.eventType",
    ]);
    expect(sent[0]?.body).toMatchObject(additionalFields);
    expect(mock.requests[0]?.notes).toEqual([
      "riskInformation: ignored (not a field of Cybersource's request)",
    ]);
  });

  test("refuses additionalFields that would replace a described field, before sending", async () => {
    const { client, sent } = await harness();
    const error = await client
      .authorize(installmentRequest(), {
        additionalFields: { orderInformation: { amountDetails: { totalAmount: "1" } } },
      })
      .catch((e: unknown) => e);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "orderInformation.amountDetails.totalAmount", rule: "additional-field-conflict" },
    ]);
    expect(sent).toEqual([]);
  });
});

describe("captures and reversals from a stored authorization", () => {
  test("round-trips toStoredAuthorization through JSON and restates the JPO data at capture", async () => {
    const { client, mock, sent } = await harness();
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error("not approved");
    const stored = JSON.parse(JSON.stringify(result.toStoredAuthorization()));
    expect(stored).toEqual({
      id: result.id,
      amount: "120000",
      currency: "JPY",
      code: "ORDER-1",
      transactionId: result.transactionId,
      japanPaymentOptions: { paymentMethod: "61", installments: "12" },
    });
    const capture = await client.capture(stored);
    expect(capture.status).toBe("PENDING");
    expect(sent[1]?.body).toMatchObject({
      processingInformation: { japanPaymentOptions: { paymentMethod: "61", installments: "12" } },
    });
    expect(mock.captures[0]?.japanPaymentOptions).toEqual({
      paymentMethod: "61",
      installments: "12",
    });
  });

  test("refuses a stored capture without the JPO data Cybersource requires, before sending", async () => {
    const { client, sent } = await harness();
    const error = await client
      .capture({ id: "1234567890", amount: "100" })
      .catch((e: unknown) => e);
    expect((error as JpoValidationError).issues).toMatchObject([
      {
        path: "japanPaymentOptions.paymentMethod",
        rule: "capture-jpo-required",
        severity: "error",
      },
    ]);
    expect(sent).toEqual([]);
  });

  test("refuses a capture whose bonuses the capture model cannot carry, rather than dropping them", async () => {
    const { client, sent } = await harness();
    const bonuses = [
      { month: "6", amount: "1000" },
      { month: "12", amount: "1000" },
      { month: "7", amount: "1000" },
    ];
    const error = await client
      .capture({
        id: "1234567890",
        amount: "100000",
        japanPaymentOptions: { paymentMethod: "31", installments: "12", bonuses },
      })
      .catch((e: unknown) => e);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "japanPaymentOptions.bonuses", rule: "capture-bonuses-inexpressible" },
    ]);
    expect(sent).toEqual([]);
  });

  test("sends a reversal reason only when given, as Cybersource's code", async () => {
    const { client, sent } = await harness();
    const first = await client.authorize(installmentRequest());
    const second = await client.authorize(installmentRequest());
    if (first.status !== "AUTHORIZED" || second.status !== "AUTHORIZED") throw new Error("no");
    await first.reverse();
    await second.reverse({ reason: "34" });
    expect((sent[2]?.body as any).reversalInformation).not.toHaveProperty("reason");
    expect((sent[3]?.body as any).reversalInformation.reason).toBe("34");
  });
});

test(`a revolving payment carries installments at authorization and capture (${jpo})`, async () => {
  const { client, sent } = await harness();
  const request = mutable();
  request.processingInformation.japanPaymentOptions.paymentMethod = "80";
  const result = await client.authorize(request);
  if (result.status !== "AUTHORIZED") throw new Error("not approved");
  await result.capture();
  expect(sent[1]?.body).toMatchObject({
    processingInformation: { japanPaymentOptions: { paymentMethod: "80", installments: "12" } },
  });
});
