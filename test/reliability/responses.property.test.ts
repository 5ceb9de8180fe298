// Property-based tests of what the SDK makes of Cybersource's answers: any status, any body
// (Cybersource-shaped with fields of any type, random JSON, truncated JSON, HTML, empty) resolves
// to a result or rejects with the documented typed error, never leaking a card number that the
// body quotes. 3,000 generated responses per run.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { authorizationStatusValues } from "../../generated/rules.js";
import { isCybersourceJpoError } from "../../src/errors.js";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import { installmentRequest } from "../support/requests.js";
import { answer, dig, received, type Canned } from "./canned-responses.js";
import { clientFor, INJECTED_PANS, leaksIn, recordingFetch } from "./support.js";

const PAN = installmentRequest().paymentInformation.card.number;
const pans = [PAN, ...INJECTED_PANS];
const statuses: readonly string[] = authorizationStatusValues;
const approved: readonly string[] = ["AUTHORIZED", "PARTIAL_AUTHORIZED"];
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 8 }));
/** Text that sometimes quotes a card number, as Cybersource's messages may. */
const quoting = fc.oneof(
  { weight: 3, arbitrary: text },
  fc.constantFrom(...pans),
  fc.constantFrom(...pans).map((pan) => `Invalid card ${pan}: declined`),
);
/** The whole yen an approval reports for each usable `authorizedAmount`. */
const usableAmounts = new Map([
  ["1000", "1000"],
  ["1000.00", "1000"],
  ["0", "0"],
]);
const detail = fc.record({ field: quoting, reason: text }, { requiredKeys: [] });

/** A body shaped like Cybersource's, with any field missing or of the wrong type. */
const cybersourceLike = fc.record(
  {
    id: fc.oneof(
      { weight: 3, arbitrary: fc.constant("7000000000000000000001") },
      fc.integer(),
      text,
      fc.jsonValue({ maxDepth: 1 }),
    ),
    status: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...approved) },
      fc.constantFrom(...statuses, "REVERSED", "PENDING", "INVALID_REQUEST"),
      text,
    ),
    reason: fc.constantFrom("MISSING_FIELD", "INVALID_DATA", "DUPLICATE_REQUEST", "SYSTEM_ERROR"),
    message: quoting,
    details: fc.oneof(
      { weight: 3, arbitrary: fc.array(fc.oneof(detail, fc.jsonValue({ maxDepth: 1 }))) },
      fc.jsonValue({ maxDepth: 1 }),
    ),
    errorInformation: fc.record({ reason: text, message: quoting }, { requiredKeys: [] }),
    paymentInformation: fc.constant({ card: { number: PAN } }),
    orderInformation: fc.record({
      amountDetails: fc.record(
        {
          authorizedAmount: fc.constantFrom(
            ...usableAmounts.keys(),
            "1000.5",
            "-1",
            "abc",
            PAN,
            1000,
            null,
          ),
        },
        { requiredKeys: [] },
      ),
    }),
    processorInformation: fc.record({ approvalCode: text }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  { weight: 4, arbitrary: cybersourceLike.map((json) => JSON.stringify(json)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((json) => JSON.stringify(json)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(cybersourceLike, fc.nat())
      .map(([json, cut]) => JSON.stringify(json).slice(0, cut % 40)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "null", "<html><body>502 Bad Gateway</body></html>"),
  },
);

const response = fc.record({
  status: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(200, 201) },
    fc.constantFrom(202, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504),
    fc.integer({ min: 200, max: 599 }),
  ),
  body,
  type: fc.constantFrom("application/hal+json", "application/json", "text/html", ""),
});

describe("authorize on generated responses", () => {
  test("resolves to a known status or rejects with the documented typed error", async () => {
    await fc.assert(
      fc.asyncProperty(response, async (canned) => {
        const { fetch, calls } = recordingFetch(answer(canned));
        const client = clientFor("https://apitest.cybersource.com", { fetch });
        const outcome = await client.authorize(installmentRequest()).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        expect(calls).toHaveLength(1);
        const sentId = JSON.parse(calls[0]!.body).clientReferenceInformation.transactionId;
        if ("result" in outcome) {
          const { result } = outcome;
          expect(canned.status).toBeGreaterThanOrEqual(200);
          expect(canned.status).toBeLessThan(300);
          expect(statuses).toContain(result.status);
          expect(result.transactionId).toBe(sentId);
          expect(leaksIn(result, pans)).toEqual([]);
          const json = received(canned);
          // Funds may be held: the id (to reverse or capture with) is the body's, and a string.
          if ("reverse" in result)
            expect([typeof result.id, result.id]).toEqual(["string", dig(json, "id")]);
          if (approved.includes(result.status)) {
            const given = dig(json, "orderInformation", "amountDetails", "authorizedAmount");
            // No amount: only a full approval may assume the requested one; a partial one is unknown.
            if (given === undefined) expect(result.status).toBe("AUTHORIZED");
            const expected = given === undefined ? "120000" : usableAmounts.get(given as string);
            expect((result as { authorizedAmount?: string }).authorizedAmount).toBe(expected);
          }
          return;
        }
        const { error } = outcome;
        expect(isCybersourceJpoError(error)).toBe(true);
        expect(leaksIn(error, pans)).toEqual([]);
        // A redirect is never followed: the POST may have been processed, so it is unknown too.
        if (canned.status >= 300 && canned.status < 400) {
          expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN" });
        } else if (canned.status >= 500 || canned.status < 300) {
          expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
          expect(error).toMatchObject({ transactionId: sentId, amount: "120000" });
        } else {
          const code = canned.status === 401 ? "AUTHENTICATION_FAILED" : "CYBERSOURCE_API_ERROR";
          expect(error).toMatchObject({ code, httpStatus: canned.status });
        }
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);
});

describe("reverseTimedOut on generated responses", () => {
  test("resolves REVERSED on a 2xx with a JSON object, else rejects with a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(response, async (canned) => {
        const { fetch, calls } = recordingFetch(answer(canned));
        const client = clientFor("https://apitest.cybersource.com", { fetch, retryAttempts: 2 });
        const outcome = await client
          .reverseTimedOut({ transactionId: "TX-1", amount: "120000", currency: "JPY" })
          .then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
        const retried = [502, 503, 504].includes(canned.status);
        expect(calls).toHaveLength(retried ? 2 : 1);
        const success = canned.status >= 200 && canned.status < 300;
        const json = received(canned);
        if (success && typeof json === "object" && json !== null && !Array.isArray(json)) {
          expect(outcome).toMatchObject({ result: { status: "REVERSED", amount: "120000" } });
          return;
        }
        // A 2xx without a JSON object (an array included) cannot be trusted: TransportError.
        expect("error" in outcome && isCybersourceJpoError(outcome.error)).toBe(true);
        const { error } = outcome as { error: unknown };
        expect(error).toMatchObject(
          success ? { code: "TRANSPORT_FAILED" } : { httpStatus: canned.status },
        );
        expect(leaksIn(error, pans)).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
