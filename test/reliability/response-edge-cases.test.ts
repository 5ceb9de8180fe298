// Response edge cases the properties found, pinned as examples: error bodies whose `details` are
// not objects or whose text quotes a card number, follow-ups answered by a 2xx without a JSON
// object, and approvals without a usable id or authorized amount.
import { describe, expect, test } from "vitest";
import { CybersourceApiError } from "../../src/errors.js";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import type { ApprovedAuthorization } from "../../src/payments/index.js";
import { installmentRequest } from "../support/requests.js";
import { answer, type Canned } from "./canned-responses.js";
import { clientFor, INJECTED_PANS, leaksIn, recordingFetch } from "./support.js";

const PAN = installmentRequest().paymentInformation.card.number;
const pans = [PAN, ...INJECTED_PANS];
const type = "application/json";
const json = (status: number, body: unknown): Canned => ({
  status,
  body: JSON.stringify(body),
  type,
});
const authorize = (canned: Canned) => {
  const { fetch } = recordingFetch(answer(canned));
  return clientFor("https://apitest.cybersource.com", { fetch })
    .authorize(installmentRequest())
    .catch((error: unknown) => error);
};
const approval = { id: "7000000000000000000001", status: "AUTHORIZED" };

describe("error bodies of unusual shape", () => {
  test.each([[null], ["MISSING_FIELD"], [7]])(
    "a 400 whose details hold %j rejects with CybersourceApiError",
    async (entry) => {
      const error = await authorize(json(400, { details: [entry, { field: "a.b" }] }));
      expect(error).toBeInstanceOf(CybersourceApiError);
      expect(error).toMatchObject({ httpStatus: 400, details: [{ field: "a.b" }] });
    },
  );

  test("a 400 whose details are not an array rejects with no details", async () => {
    const error = await authorize(json(400, { details: "card number" }));
    expect(error).toMatchObject({ code: "CYBERSOURCE_API_ERROR", details: [] });
  });

  // A TypeError here would replace the unknown outcome, losing the transaction id and reverse().
  test("a 502 whose details hold null still rejects with the outcome unknown", async () => {
    const error = await authorize(json(502, { details: [null] }));
    expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
  });

  test("a 400 quoting the card number in its message and details masks it", async () => {
    const message = `Invalid card ${PAN}`;
    const error = await authorize(json(400, { message, details: [{ field: PAN }] }));
    expect(error).toMatchObject({ code: "CYBERSOURCE_API_ERROR" });
    expect((error as Error).message).toContain("411111******1111");
    expect(error).toMatchObject({ details: [{ field: "411111******1111" }] });
    expect(leaksIn(error, pans)).toEqual([]);
  });
});

describe("follow-ups answered by a 2xx without a JSON object", () => {
  const bodies: Canned[] = [
    { status: 200, body: "", type },
    { status: 204, body: "", type },
    { status: 201, body: "null", type },
    { status: 201, body: '"REVERSED"', type },
    { status: 200, body: "1", type },
  ];

  test.each(bodies)("a reversal answered $status $body is a TransportError", async (canned) => {
    const { fetch } = recordingFetch(answer(canned));
    const outcome = await clientFor("https://apitest.cybersource.com", { fetch })
      .reverseTimedOut({ transactionId: "TX-1", amount: "1", currency: "JPY" })
      .catch((error: unknown) => error);
    expect(outcome).toMatchObject({ code: "TRANSPORT_FAILED" });
  });

  // A capture is sent once: an answer it cannot read leaves the capture unknown, to be voided.
  test.each(bodies)("a capture answered $status $body is an unknown outcome", async (canned) => {
    const approve = answer(json(201, approval));
    const { fetch } = recordingFetch((request) =>
      request.url.endsWith("/captures") ? answer(canned)() : approve(),
    );
    const client = clientFor("https://apitest.cybersource.com", { fetch });
    const result = (await client.authorize(installmentRequest())) as ApprovedAuthorization;
    expect(await result.capture().catch((error: unknown) => error)).toMatchObject({
      code: "CAPTURE_OUTCOME_UNKNOWN",
    });
  });

  // New bug: src/follow-ups.ts answered() takes any `typeof "object"` body, arrays included.
  test("a reversal answered 200 [] is a TransportError", async () => {
    const { fetch } = recordingFetch(answer({ status: 200, body: "[]", type }));
    const outcome = await clientFor("https://apitest.cybersource.com", { fetch })
      .reverseTimedOut({ transactionId: "TX-1", amount: "1", currency: "JPY" })
      .catch((error: unknown) => error);
    expect(outcome).toMatchObject({ code: "TRANSPORT_FAILED" });
  });
});

describe("approvals without a usable id or authorized amount", () => {
  test.each([[{ nested: true }], [7000], [null], [""], ["7000/../captures"]])(
    "an approval whose id is %j is an unknown outcome",
    async (id) => {
      const error = await authorize(json(201, { ...approval, id }));
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
    },
  );

  test.each([["abc"], ["1000.5"], ["-1"], [PAN]])(
    "an approval whose authorizedAmount is %j is an unknown outcome",
    async (authorizedAmount) => {
      const body = { ...approval, orderInformation: { amountDetails: { authorizedAmount } } };
      const error = await authorize(json(201, body));
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      expect(leaksIn(error, pans)).toEqual([]);
    },
  );

  // New bug: src/internal/to-result.ts reads a non-string amount as absent: 120000 "authorized".
  test("an approval whose authorizedAmount is the number 1000 is an unknown outcome", async () => {
    const amountDetails = { authorizedAmount: 1000 };
    const body = {
      ...approval,
      status: "PARTIAL_AUTHORIZED",
      orderInformation: { amountDetails },
    };
    expect(await authorize(json(201, body))).toBeInstanceOf(AuthorizationOutcomeUnknownError);
  });
});
