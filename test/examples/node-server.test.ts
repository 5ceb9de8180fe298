// examples/node-server.ts: the POST /checkout route on node:http, run as a Node process.
import { describe, expect, test } from "vitest";
import { bundleExample, eventually, startExampleMock } from "./support/example.js";
import { startServer } from "./support/server.js";
import { billTo } from "../support/requests.js";
import orderJson from "../../examples/order.json" with { type: "json" };

/** What the shop's front end posts: 12 installments by default. */
function order(
  amount: string,
  plan: Record<string, string> = { paymentMethod: "61", installments: "12" },
) {
  return {
    orderId: `ORDER-${amount}`,
    amount,
    plan,
    card: { number: "4111111111111111", expirationMonth: "12", expirationYear: "2031" },
    billTo,
  };
}

async function startCheckout() {
  const { mock, env } = await startExampleMock();
  const script = await bundleExample("node-server.ts", "node");
  const server = await startServer(process.execPath, [script], {
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: "0",
      CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS: "0",
    },
    listening: (text) => /checkout listening on (http:\/\/\S+)\/checkout/u.exec(text)?.[1],
  });
  return { mock, server };
}

describe("the node:http checkout example", () => {
  test("authorizes and captures an installment payment, then answers 200 with the ids", async () => {
    const { mock, server } = await startCheckout();
    const { status, json } = await server.post("/checkout", order("120000"));
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: "PAID", amount: "120000" });
    const [authorization] = mock.authorizations;
    expect(authorization).toMatchObject({
      id: json["paymentId"],
      transactionId: json["orderTransactionId"],
      code: "ORDER-120000",
      paymentMethod: "61",
      installments: "12",
      state: "CAPTURED",
    });
    expect(mock.captures.map((c) => c.amount)).toEqual(["120000"]);
  }, 60_000);

  test("takes examples/order.json, the body the examples README posts with curl", async () => {
    const { mock, server } = await startCheckout();
    const { status, json } = await server.post("/checkout", orderJson);
    expect({ status, json }).toMatchObject({ status: 200, json: { status: "PAID" } });
    expect(mock.authorizations[0]).toMatchObject({ code: orderJson.orderId, installments: "12" });
  }, 60_000);

  test("answers a decline with 402 and the reason, and a partial approval by releasing it", async () => {
    const { mock, server } = await startCheckout();
    const declined = await server.post("/checkout", order("1001"));
    expect(declined).toMatchObject({
      status: 402,
      json: { status: "DECLINED", reason: "INSUFFICIENT_FUND" },
    });
    const partial = await server.post("/checkout", order("2001"));
    expect(partial).toMatchObject({
      status: 402,
      json: { status: "DECLINED", reason: "PARTIAL_AUTHORIZED" },
    });
    expect(mock.authorizations.map((a) => [a.amount, a.state])).toEqual([
      ["1001", "DECLINED"],
      ["2001", "REVERSED"],
    ]);
    expect(mock.reversals).toMatchObject([{ amount: "1000", timeout: false }]);
  }, 60_000);

  test("answers 422 with every validation issue, sending nothing", async () => {
    const { mock, server } = await startCheckout();
    const { status, json } = await server.post(
      "/checkout",
      order("100.50", { paymentMethod: "10", installments: "3" }),
    );
    expect(status).toBe(422);
    const issues = json["issues"] as { path: string; rule: string }[];
    expect(issues.map(({ path, rule }) => [path, rule])).toEqual(
      expect.arrayContaining([
        ["orderInformation.amountDetails.totalAmount", "yen-minor-unit"],
        [
          "processingInformation.japanPaymentOptions.installments",
          "not-allowed-for-payment-method",
        ],
      ]),
    );
    expect(await server.post("/checkout", "not json")).toMatchObject({ status: 400 });
    expect(mock.authorizations).toEqual([]);
  }, 60_000);

  test("answers 503 when the outcome is unknown and sends the timeout reversal", async () => {
    const { mock, server } = await startCheckout();
    const { status, json } = await server.post("/checkout", order("5002"));
    expect(status).toBe(503);
    expect(json).toMatchObject({ status: "UNKNOWN", code: "AUTHORIZATION_OUTCOME_UNKNOWN" });
    const transactionId = json["orderTransactionId"];
    const reversal = await eventually(() => mock.reversals.find((r) => r.timeout));
    expect(reversal).toMatchObject({ transactionId, amount: "5002" });
    expect(mock.authorizations[0]?.state).toBe("REVERSED");
    await eventually(
      () => server.output().includes(`timeout reversal of ${transactionId}: REVERSED`) || undefined,
    );
  }, 60_000);
});
