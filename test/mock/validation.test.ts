import { describe, expect, it } from "vitest";
import { componentSchemas } from "../../generated/schemas.js";
import * as bodies from "./helpers/bodies.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";
const JPO = "processingInformation.japanPaymentOptions";

/** Sends an authorization changed by `edit` and returns the 400 body; nothing may be recorded. */
async function rejected(edit: (body: bodies.JsonBody) => void) {
  const mock = await startMock();
  const body = bodies.authorization();
  edit(body);
  const response = await send(mock, PATH, body);
  expect(response.status).toBe(400);
  expect(response.body.status).toBe("INVALID_REQUEST");
  expect(mock.authorizations).toEqual([]);
  return response.body;
}

describe("request validation against the spec", () => {
  it("names a missing field by its dotted path", async () => {
    const body = await rejected((b) => delete b.orderInformation.billTo.email);
    expect(body).toMatchObject({
      reason: "MISSING_FIELD",
      message: "Declined - The request is missing one or more fields",
      details: [{ field: "orderInformation.billTo.email", reason: "MISSING_FIELD" }],
    });
  });

  it("accepts hiragana in businessNameKatakana, as Cybersource's example was, with a note", async () => {
    const mock = await startMock();
    const body = bodies.authorization();
    body.processingInformation.japanPaymentOptions.businessNameKatakana = "わが社の場合";
    const response = await send(mock, PATH, body);
    expect(response.status).toBe(201);
    const [record] = mock.requests;
    expect(record?.notes).toEqual([
      `${JPO}.businessNameKatakana: accepted, though it is not in the documented form`,
    ]);
    expect(JSON.parse(response.headers.get("x-mock-notes") ?? "[]")).toEqual(record?.notes);
  });

  it("ignores the published example's firstBusinessMonth, as Cybersource does, with a note", async () => {
    const mock = await startMock();
    const body = bodies.authorization();
    delete body.processingInformation.japanPaymentOptions.firstBillingMonth;
    body.processingInformation.japanPaymentOptions.firstBusinessMonth = "04";
    const response = await send(mock, PATH, body);
    expect(response.status).toBe(201);
    expect(mock.requests[0]?.notes).toEqual([
      `${JPO}.firstBusinessMonth: ignored (a misspelling of firstBillingMonth); Cybersource applies its default month`,
    ]);
  });

  it("reports only the errors of the option paymentMethod selects", async () => {
    const body = await rejected(
      (b) => delete b.processingInformation.japanPaymentOptions.installments,
    );
    expect(body.details).toEqual([{ field: `${JPO}.installments`, reason: "MISSING_FIELD" }]);
  });

  it("names paymentMethod when it is missing or not a REST code", async () => {
    const missing = await rejected(
      (b) => delete b.processingInformation.japanPaymentOptions.paymentMethod,
    );
    expect(missing.details).toEqual([{ field: `${JPO}.paymentMethod`, reason: "MISSING_FIELD" }]);
    const simpleOrderCode = await rejected(
      (b) => (b.processingInformation.japanPaymentOptions.paymentMethod = "4"),
    );
    expect(simpleOrderCode.details).toEqual([
      { field: `${JPO}.paymentMethod`, reason: "INVALID_DATA" },
    ]);
  });

  it("names array items with brackets", async () => {
    const body = await rejected((b) => {
      b.processingInformation.japanPaymentOptions.paymentMethod = "31";
      b.processingInformation.japanPaymentOptions.bonuses = [{ month: "13", amount: "40000" }];
    });
    expect(body.details).toEqual([{ field: `${JPO}.bonuses[0].month`, reason: "INVALID_DATA" }]);
  });

  it("lists every problem, MISSING_FIELD first in the reason", async () => {
    const body = await rejected((b) => {
      b.orderInformation.amountDetails = { totalAmount: "1,000", currency: "USD" };
      delete b.paymentInformation.card.expirationYear;
    });
    expect(body.reason).toBe("MISSING_FIELD");
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: "orderInformation.amountDetails.totalAmount", reason: "INVALID_DATA" },
        { field: "orderInformation.amountDetails.currency", reason: "INVALID_DATA" },
        { field: "paymentInformation.card.expirationYear", reason: "MISSING_FIELD" },
      ]),
    );
    expect(body.details).toHaveLength(3);
  });

  it('reads "100.00" and "jpy" as Cybersource does, noting the truncation', async () => {
    const mock = await startMock();
    const body = bodies.authorization();
    body.orderInformation.amountDetails = { totalAmount: "120000.00", currency: "jpy" };
    expect((await send(mock, PATH, body)).status).toBe(201);
    expect(mock.requests[0]?.notes).toEqual([
      'orderInformation.amountDetails.currency: "jpy" read as JPY',
      'orderInformation.amountDetails.totalAmount: "120000.00" truncated to 120000 yen',
    ]);
  });

  it("leaves out the billing address and expiry for a relaxed-requirements account", async () => {
    const mock = await startMock({ relaxedRequirements: true });
    const body = bodies.authorization();
    delete body.orderInformation.billTo;
    delete body.paymentInformation.card.expirationMonth;
    delete body.paymentInformation.card.expirationYear;
    expect((await send(mock, PATH, body)).status).toBe(201);
  });

  it.each([
    ["malformed JSON", '{"clientReferenceInformation":'],
    ["a JSON array", "[]"],
    ["JSON null", "null"],
    ["an empty body", ""],
  ])("answers 400 INVALID_DATA to %s", async (_, text) => {
    const mock = await startMock();
    const response = await send(mock, PATH, text);
    expect(response.status).toBe(400);
    expect(response.body.reason).toBe("INVALID_DATA");
    expect(mock.authorizations).toEqual([]);
  });

  it("validates captures and reversals against their own schemas", async () => {
    const mock = await startMock();
    const { body: auth } = await send(mock, PATH, bodies.authorization("5000"));
    const capture = await send(mock, `/pts/v2/payments/${auth.id}/captures`, {
      orderInformation: {},
    });
    expect(capture.body.details).toEqual([
      { field: "orderInformation.amountDetails", reason: "MISSING_FIELD" },
    ]);
    const reversal = await send(mock, `/pts/v2/payments/${auth.id}/reversals`, {
      reversalInformation: { amountDetails: { totalAmount: "50a" } },
    });
    expect(reversal.body.details).toEqual([
      { field: "reversalInformation.amountDetails.totalAmount", reason: "INVALID_DATA" },
    ]);
    const timeout = await send(mock, "/pts/v2/reversals", {
      reversalInformation: { amountDetails: { totalAmount: "5000", currency: "JPY" } },
    });
    expect(timeout.body.details).toEqual([
      { field: "clientReferenceInformation", reason: "MISSING_FIELD" },
    ]);
    expect(mock.captures).toEqual([]);
    expect(mock.reversals).toEqual([]);
  });

  it("takes a timeout reversal without a currency, as Cybersource's own sample sends it", async () => {
    const mock = await startMock();
    const request = bodies.authorization("5000");
    await send(mock, PATH, request);
    const response = await send(mock, "/pts/v2/reversals", {
      clientReferenceInformation: {
        transactionId: request.clientReferenceInformation.transactionId,
      },
      reversalInformation: { amountDetails: { totalAmount: "5000" }, reason: "testing" },
    });
    expect(response.status).toBe(201);
    expect(mock.requests[1]?.notes).toEqual([
      "reversalInformation.reason: accepted, though it is not a documented value",
    ]);
  });

  it("relies on a discriminator mapping that agrees with each JPO shape's enum", () => {
    // The mock lets ajv pick the branch from the enums and drops the mapping (ajv refuses it).
    const options = componentSchemas["JapanPaymentOptions"] as {
      discriminator: { mapping: Record<string, string> };
    };
    for (const [code, ref] of Object.entries(options.discriminator.mapping)) {
      const shape = componentSchemas[ref.split("/").pop()!] as {
        properties: { paymentMethod: { enum: string[] } };
      };
      expect(shape.properties.paymentMethod.enum).toContain(code);
    }
  });
});
