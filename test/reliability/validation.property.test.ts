// Property-based tests of validation: whatever the request (field names such as `constructor` or a
// card number, functions and symbols as values included), `validateJpoAuthorization` returns issues
// and `authorize` throws only `JpoValidationError` before sending anything; no rendering of an
// error, issue or result holds a full card number or a secret. 10,000 generated requests per run.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isCybersourceJpoError, JpoValidationError } from "../../src/errors.js";
import { validateJpoAuthorization } from "../../src/rules/jpo-rules.js";
import { checkJpoRules } from "../../src/mock/jpo-rules.js";
import { validateRequest } from "../../src/mock/request-schema.js";
import type { JpoAuthorizationRequest } from "../../src/payments/request-types.js";
import { validRequest } from "./arbitraries.js";
import { anyRequest } from "./mutations.js";
import {
  approveEchoingCard,
  clientFor,
  INJECTED_PANS,
  leaksIn,
  NOW,
  recordingFetch,
} from "./support.js";

const now = () => NOW;
const leaks = (value: unknown, pans: readonly string[]) =>
  leaksIn(value, [...pans, ...INJECTED_PANS]);

describe("validateJpoAuthorization on generated requests", () => {
  test("returns issues for anything (never throws), and no issue quotes a card number", () => {
    fc.assert(
      fc.property(anyRequest, ({ request, pans }) => {
        const issues = validateJpoAuthorization(request, { now });
        expect(Array.isArray(issues)).toBe(true);
        for (const issue of issues) {
          expect(Object.keys(issue).sort()).toEqual(
            ["message", "path", "rule", "severity", "source"].filter(
              (key) => key !== "source" || "source" in issue,
            ),
          );
          expect(typeof issue.message).toBe("string");
        }
        expect(leaks(issues, pans)).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);

  test("accepts every valid request of the five payment options", () => {
    fc.assert(
      fc.property(validRequest, (request) => {
        expect(validateJpoAuthorization(request, { now })).toEqual([]);
      }),
      { numRuns: 1_500 },
    );
  }, 30_000);
});

describe("authorize on generated requests", () => {
  test("rejects what validation rejects without a fetch, and sends the rest once", async () => {
    await fc.assert(
      fc.asyncProperty(anyRequest, async ({ request, pans }) => {
        const { fetch, calls } = recordingFetch(approveEchoingCard);
        const client = clientFor("https://apitest.cybersource.com", { fetch });
        const issues = validateJpoAuthorization(request, { now }).filter(
          (issue) => issue.severity === "error",
        );
        const outcome = await client.authorize(request as JpoAuthorizationRequest).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        if (issues.length > 0) {
          expect(calls).toEqual([]);
          expect("error" in outcome && outcome.error).toBeInstanceOf(JpoValidationError);
          const error = (outcome as { error: JpoValidationError }).error;
          expect(error).toMatchObject({ code: "VALIDATION_FAILED", issues });
          expect(leaks(error, pans)).toEqual([]);
          return;
        }
        if ("error" in outcome) {
          // Only a typed error may come out; a valid request must not fail in the SDK itself.
          expect(isCybersourceJpoError(outcome.error) && outcome.error.code).toBe("(no error)");
          return;
        }
        expect(calls).toHaveLength(1);
        expect(outcome.result.status).toBe("AUTHORIZED");
        expect(leaks(outcome.result, pans)).toEqual([]);
        // The mock's own validator (Ajv over the spec, and its JPO rules) accepts what was sent.
        const sent = JSON.parse(calls[0]!.body);
        expect(validateRequest("JpoAuthorizationRequest", sent).problems).toEqual([]);
        const card = sent.paymentInformation.card;
        const resolved = {
          source: "card" as const,
          field: "paymentInformation.card.number",
          card: { ...card, first6: "", last4: "" },
          numberKey: undefined,
          number: card.number,
        };
        expect(checkJpoRules(sent, resolved)).toBeUndefined();
      }),
      { numRuns: 3_500 },
    );
  }, 30_000);
});
