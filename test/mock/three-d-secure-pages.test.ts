import { describe, expect, it } from "vitest";
import type { JpoAuthorizationRequest } from "../../src/index.js";
import { harness } from "../support/harness.js";
import { installmentRequest } from "../support/requests.js";

const card = {
  number: "4000000000002503",
  expirationMonth: "12",
  expirationYear: "2031",
  type: "001" as const,
};
const post = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: "POST", body: new URLSearchParams(fields) }).then(async (r) => ({
    status: r.status,
    html: await r.text(),
  }));

function challengeRequest(referenceId: string): JpoAuthorizationRequest {
  const request = installmentRequest();
  return {
    ...request,
    paymentInformation: { card },
    processingInformation: {
      ...request.processingInformation,
      actionList: ["CONSUMER_AUTHENTICATION"],
    },
    consumerAuthenticationInformation: {
      referenceId,
      returnUrl: "https://shop.example.jp/3ds-return",
    },
  };
}

describe("the mock's Cardinal pages", () => {
  it("device data collection posts profile.completed with the setup's reference id", async () => {
    const { client } = await harness();
    const setup = await client.setupPayerAuthentication({ paymentInformation: { card } });
    const page = await post(setup.deviceDataCollectionUrl, { JWT: setup.accessToken });
    expect(page.status).toBe(200);
    expect(page.html).toContain("window.parent.postMessage");
    expect(page.html).toContain(`\\"MessageType\\":\\"profile.completed\\"`);
    expect(page.html).toContain(setup.referenceId);
  });

  it("the step-up page passes the challenge and posts TransactionId to the return URL", async () => {
    const { client, mock } = await harness();
    const setup = await client.setupPayerAuthentication({ paymentInformation: { card } });
    const pending = await client.authorize(challengeRequest(setup.referenceId));
    if (pending.status !== "PENDING_AUTHENTICATION") throw new Error(pending.status);
    const { url, accessToken, authenticationTransactionId } = pending.stepUp;
    const challenge = await post(url, { JWT: accessToken, MD: "order-1" });
    expect(challenge.html).toContain("本人認証");
    expect(challenge.html).toContain("2503");
    expect(challenge.html).toContain("¥120,000");
    const done = await post(`${mock.url}/cardinal/V2/Cruise/StepUp/complete`, {
      TransactionId: authenticationTransactionId,
      MD: "order-1",
      result: "pass",
    });
    expect(done.html).toContain('action="https://shop.example.jp/3ds-return"');
    expect(done.html).toContain(`value="${authenticationTransactionId}"`);
    const result = await client.completeAuthentication(pending);
    expect(result.status).toBe("AUTHORIZED");
  });

  it("refuses a step-up for a transaction it did not issue", async () => {
    const { mock } = await harness();
    const page = await post(`${mock.url}/cardinal/V2/Cruise/StepUp`, { JWT: "a.b.c" });
    expect(page.status).toBe(400);
  });
});
