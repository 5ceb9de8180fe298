import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { NOW } from "./helpers/credentials.js";
import { httpSignature, signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

/** A frictionless enrollment check: the authorization's order with a 3-D Secure test card. */
const { clientReferenceInformation, orderInformation } = bodies.authorization();
const enrollment = {
  clientReferenceInformation,
  orderInformation,
  paymentInformation: {
    card: {
      number: "4000000000002701",
      expirationMonth: "12",
      expirationYear: "2031",
      type: "001",
    },
  },
  consumerAuthenticationInformation: { referenceId: "0_mock-ref" },
};

/** The CAVV the mock answers to a frictionless enrollment check when its clock reads `now`. */
async function cavvAt(now: Date): Promise<string> {
  const mock = await startMock({ now: () => now });
  const signer = httpSignature({ date: now });
  const response = await signedFetch(mock, "/risk/v1/authentications", enrollment, { signer });
  const body = (await response.json()) as Record<string, any>;
  expect(body).toMatchObject({ status: "AUTHENTICATION_SUCCESSFUL" });
  return body["consumerAuthenticationInformation"].cavv as string;
}

describe("the mock's authentication results", () => {
  it("makes the CAVV from the mock's clock, not the machine's", async () => {
    const earlier = new Date("2020-02-17T00:00:00Z");
    const [now, then] = [await cavvAt(NOW), await cavvAt(earlier)];
    // The serial starts with the Tokyo time: 2026-11-25 12:15:42, 2020-02-17 09:00:00.
    expect(Buffer.from(now, "base64").toString("utf8")).toBe("mock-cavv-00202611251");
    expect(Buffer.from(then, "base64").toString("utf8")).toBe("mock-cavv-00202002170");
  });
});
