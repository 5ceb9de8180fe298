// Validation edge cases the properties once found, pinned as examples: field names that
// Object.prototype also has, functions and symbols as values, and card numbers in field names and
// bonus amounts, which no issue, message or path may quote.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { JpoValidationError } from "../../src/errors.js";
import { validateJpoAuthorization } from "../../src/rules/jpo-rules.js";
import { validRequest } from "./arbitraries.js";
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

const valid = (): any => fc.sample(validRequest, { numRuns: 1, seed: 7 })[0]!;

/** A valid request paying with bonuses (paymentMethod 21), with `bonuses` as given. */
function withBonuses(bonuses: unknown): any {
  const request = valid();
  const {
    installments = "3",
    firstBillingMonth,
    ...options
  } = request.processingInformation.japanPaymentOptions;
  request.processingInformation.japanPaymentOptions = {
    ...options,
    paymentMethod: "21",
    installments,
    bonuses,
  };
  return request;
}

describe("validation of unusual field names and values", () => {
  const withField = (where: string[], name: string): any => {
    const request: any = valid();
    const target = where.reduce((node, key) => node[key], request);
    Object.defineProperty(target, name, { value: "x", enumerable: true, writable: true });
    return request;
  };
  const places = [
    [],
    ["paymentInformation", "card"],
    ["processingInformation", "japanPaymentOptions"],
  ];

  // A lookup such as `rule.properties[name]` finds Object.prototype's members: the validator must
  // take only the rules' own properties, or such a field passes unchecked.
  for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
    test(`reports a field named ${name} as unknown, at any depth, and sends nothing`, async () => {
      for (const where of places) {
        const request = withField(where, name);
        expect(validateJpoAuthorization(request, { now })).toMatchObject([
          { path: [...where, name].join("."), rule: "unknown-field" },
        ]);
        const { fetch, calls } = recordingFetch(approveEchoingCard);
        const client = clientFor("https://apitest.cybersource.com", { fetch });
        const error = await client.authorize(request).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
        expect(calls).toEqual([]);
      }
    });
  }

  test('rejects paymentMethod "constructor" instead of skipping the options\' checks', () => {
    const request: any = valid();
    request.processingInformation.japanPaymentOptions = { paymentMethod: "constructor", x: 1 };
    expect(validateJpoAuthorization(request, { now })).toMatchObject([
      { path: "processingInformation.japanPaymentOptions.paymentMethod", rule: "enum" },
    ]);
  });

  // Copying the request with structuredClone would throw DataCloneError on these.
  for (const [what, value] of [
    ["a function", () => 1],
    ["a symbol", Symbol("x")],
  ] as const) {
    test(`returns issues, not a DataCloneError, for ${what} as a field value`, async () => {
      const request: any = valid();
      request.orderInformation.amountDetails.totalAmount = value;
      const issues = (() => {
        try {
          return validateJpoAuthorization(request, { now });
        } catch (error) {
          return error;
        }
      })();
      expect(issues).toMatchObject([{ path: "orderInformation.amountDetails.totalAmount" }]);
      const error = await clientFor("https://apitest.cybersource.com")
        .authorize(request)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JpoValidationError);
    });
  }

  // The field name goes into the issue's path, and the path into the error's message.
  test("keeps a card number used as a field name out of the error", async () => {
    const request: any = valid();
    request.paymentInformation.card["4111111111111111"] = true;
    const error = await clientFor("https://apitest.cybersource.com")
      .authorize(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JpoValidationError);
    expect((error as JpoValidationError).issues).toMatchObject([
      { path: "paymentInformation.card.411111******1111", rule: "unknown-field" },
    ]);
    expect(leaks(error, ["4111111111111111"])).toEqual([]);
  });
});

describe("arrays with named fields", () => {
  // New bug: src/internal/copy.ts copyPlain calls `value.map`, which reads `value.constructor`.
  test("ignores an own `constructor` field on an array, as it does other names", async () => {
    const request = withBonuses(Object.assign([{ month: "07", amount: "1" }], { constructor: 1 }));
    expect(validateJpoAuthorization(request, { now })).toEqual([]);
    const { fetch } = recordingFetch(approveEchoingCard);
    const result = await clientFor("https://apitest.cybersource.com", { fetch }).authorize(request);
    expect(result.status).toBe("AUTHORIZED");
  });
});

describe("messages that quote values", () => {
  // The bonus-total message quotes the bonuses' sum: it must add up well-formed amounts only, not
  // a card number typed in the wrong field.
  test("keeps a card number typed as a bonus amount out of the bonus-total message", () => {
    const request = withBonuses([{ month: "07", amount: "4111111111111111" }]);
    const issues = validateJpoAuthorization(request, { now });
    // The malformed amount is reported as such; it is not added up (and so never quoted).
    expect(issues.map(({ path, rule }) => `${path} ${rule}`)).toContain(
      "processingInformation.japanPaymentOptions.bonuses[0].amount pattern",
    );
    expect(issues.map((issue) => issue.rule)).not.toContain("bonus-total");
    expect(leaks(issues, [])).toEqual([]);
  });
});
