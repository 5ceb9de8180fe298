// Class 4 of issue 13: an approval whose amount cannot be true (above the request, 0, not whole
// yen) is an unknown outcome with the reversal path, never a result that capture() would use.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/index.js";
import { installmentRequest } from "../support/requests.js";
import { clientFor, recordingFetch } from "./support.js";

const answer = (status: string, authorizedAmount: unknown) =>
  recordingFetch(() =>
    Response.json(
      {
        id: "7000000000000000000001",
        status,
        orderInformation: { amountDetails: { authorizedAmount } },
      },
      { status: 201 },
    ),
  ).fetch;
const authorize = (status: string, amount: unknown): Promise<unknown> =>
  clientFor("https://apitest.cybersource.com", { fetch: answer(status, amount) })
    .authorize(installmentRequest("120000"))
    .catch((error: unknown) => error);

describe("approved amounts", () => {
  test.each([
    ["AUTHORIZED", "120001"],
    ["AUTHORIZED", "0"],
    ["AUTHORIZED", "00"],
    ["AUTHORIZED", "100.5"],
    ["AUTHORIZED", "-1"],
    ["AUTHORIZED", "1e5"],
    ["PARTIAL_AUTHORIZED", "999999999"],
    ["PARTIAL_AUTHORIZED", "0"],
  ])(
    "%s with %s is an unknown outcome whose reverse() names the request",
    async (status, amount) => {
      const error = await authorize(status, amount);
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      expect(error).toMatchObject({ amount: "120000" });
    },
  );

  test("any whole-yen amount from 1 to the request is a result; above it never is", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000_000 }), async (yen) => {
        const outcome = await authorize("PARTIAL_AUTHORIZED", String(yen));
        if (yen >= 1 && yen <= 120_000)
          expect(outcome).toMatchObject({ authorizedAmount: String(yen) });
        else expect(outcome).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      }),
      { numRuns: 200 },
    );
  });
});
