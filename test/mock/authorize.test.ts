import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

describe("POST /pts/v2/payments", () => {
  it("approves an installment authorization with links, ids and JPO processor fields", async () => {
    const mock = await startMock();
    const request = bodies.authorization("120000", "TX-APPROVE-1");
    const { status, body } = await send(mock, "/pts/v2/payments", request);
    expect(status).toBe(201);
    expect(body.status).toBe("AUTHORIZED");
    expect(body.id).toMatch(/^\d{22}$/);
    expect(body._links).toEqual({
      self: { href: `/pts/v2/payments/${body.id}`, method: "GET" },
      capture: { href: `/pts/v2/payments/${body.id}/captures`, method: "POST" },
      reversal: { href: `/pts/v2/payments/${body.id}/reversals`, method: "POST" },
    });
    expect(body.submitTimeUtc).toBe("2026-11-25T03:15:42Z");
    expect(body.reconciliationId).toMatch(/^0020261125121542\d{12}$/);
    expect(body.clientReferenceInformation).toEqual({
      code: "ORDER-1",
      transactionId: "TX-APPROVE-1",
    });
    expect(body.orderInformation).toEqual({
      amountDetails: { totalAmount: "120000", authorizedAmount: "120000", currency: "JPY" },
      invoiceDetails: { salesSlipNumber: 1 },
    });
    expect(body.processorInformation).toEqual({
      approvalCode: "123456",
      responseCategoryCode: "000",
      forwardedAcquirerCode: "Sumitomo",
    });
    expect(body.paymentInformation).toEqual({ card: { type: "001" } });
  });
});
