import { describe, expect, test } from "vitest";
import { normalizeAuthorization, validateJpoAuthorization } from "../../src/rules/jpo-rules.js";
import { installmentRequest, mutable } from "../support/requests.js";

const now = () => new Date("2026-11-25T03:00:00Z");
const check = (request: unknown, relaxedRequirements = false) =>
  validateJpoAuthorization(request, { now, relaxedRequirements });
const jpo = "processingInformation.japanPaymentOptions";
const card = "paymentInformation.card";

function issueAt(request: unknown, path: string) {
  return check(request).filter((issue) => issue.path === path);
}

describe("validateJpoAuthorization", () => {
  test("accepts a valid installment request", () => {
    expect(check(installmentRequest())).toEqual([]);
  });

  test("reports every problem at once, each with path, rule and message", () => {
    const request = mutable();
    request.orderInformation.billTo.email = undefined;
    request.processingInformation.japanPaymentOptions.businessNameKatakana = "わがしゃ";
    request.paymentInformation.card.type = "002";
    const issues = check(request);
    expect(issues.map(({ path, rule }) => ({ path, rule }))).toEqual([
      { path: "orderInformation.billTo.email", rule: "required" },
      { path: `${jpo}.businessNameKatakana`, rule: "katakana" },
      { path: `${card}.type`, rule: "visa-only" },
    ]);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  describe("card (Visa Platform Connect takes Visa only)", () => {
    test("rejects a Mastercard number", () => {
      const request = mutable();
      request.paymentInformation.card.number = "5555555555554444";
      expect(issueAt(request, `${card}.number`)).toMatchObject([{ rule: "visa-only" }]);
    });

    test("rejects a card type other than 001", () => {
      const request = mutable();
      request.paymentInformation.card.type = "007";
      expect(issueAt(request, `${card}.type`)).toMatchObject([{ rule: "visa-only" }]);
    });

    test("rejects a Visa number with a wrong check digit", () => {
      const request = mutable();
      request.paymentInformation.card.number = "4111111111111112";
      expect(issueAt(request, `${card}.number`)).toMatchObject([{ rule: "luhn" }]);
    });

    test("never quotes the card number in a message", () => {
      const request = mutable();
      request.paymentInformation.card.number = "5555555555554444";
      expect(JSON.stringify(check(request))).not.toContain("5555555555554444");
    });

    test("rejects an expired card by the month in Japan", () => {
      const request = mutable();
      request.paymentInformation.card.expirationYear = "2026";
      request.paymentInformation.card.expirationMonth = "10";
      expect(issueAt(request, `${card}.expirationMonth`)).toMatchObject([{ rule: "expired" }]);
      request.paymentInformation.card.expirationMonth = "11";
      expect(check(request)).toEqual([]);
      request.paymentInformation.card.expirationYear = "2025";
      expect(issueAt(request, `${card}.expirationYear`)).toMatchObject([{ rule: "expired" }]);
    });

    test("counts December 31 15:00 UTC as January in Japan", () => {
      const request = mutable();
      request.paymentInformation.card.expirationYear = "2026";
      request.paymentInformation.card.expirationMonth = "12";
      const newYear = () => new Date("2026-12-31T15:00:00Z");
      expect(validateJpoAuthorization(request, { now: newYear })).toMatchObject([
        { rule: "expired" },
      ]);
    });
  });

  describe("amount and currency", () => {
    test("accepts the currency in any case and 100.00 as 100 yen", () => {
      const request = mutable();
      request.orderInformation.amountDetails = { totalAmount: "100.00", currency: "jpy" };
      expect(check(request)).toEqual([]);
      expect(normalizeAuthorization(request).body).toMatchObject({
        orderInformation: { amountDetails: { totalAmount: "100", currency: "JPY" } },
      });
    });

    test("rejects a fraction of a yen", () => {
      const request = mutable();
      request.orderInformation.amountDetails.totalAmount = "100.50";
      expect(issueAt(request, "orderInformation.amountDetails.totalAmount")).toMatchObject([
        { rule: "yen-minor-unit" },
      ]);
    });

    test("rejects another currency", () => {
      const request = mutable();
      request.orderInformation.amountDetails.currency = "USD";
      expect(issueAt(request, "orderInformation.amountDetails.currency")).toMatchObject([
        { rule: "currency" },
      ]);
    });

    test.each(["1,000", "-5", "12e3", "１０００", ""])("rejects the amount %j", (amount) => {
      const request = mutable();
      request.orderInformation.amountDetails.totalAmount = amount;
      expect(issueAt(request, "orderInformation.amountDetails.totalAmount")).toHaveLength(1);
    });
  });

  describe("payment methods", () => {
    test("61 requires installments", () => {
      const request = mutable();
      delete request.processingInformation.japanPaymentOptions.installments;
      expect(issueAt(request, `${jpo}.installments`)).toMatchObject([{ rule: "required" }]);
    });

    test("31-34 take installments and optional bonuses", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.paymentMethod = "33";
      expect(check(request)).toEqual([]);
      request.processingInformation.japanPaymentOptions.bonuses = [{ month: "7", amount: "20000" }];
      expect(check(request)).toEqual([]);
    });

    test("10 takes no installment count", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.paymentMethod = "10";
      expect(issueAt(request, `${jpo}.installments`)).toMatchObject([
        { rule: "not-allowed-for-payment-method", severity: "error" },
      ]);
    });

    test.each(["80", "21", "31"])(
      "%s takes installments and a first billing month, and warns without installments",
      (code) => {
        const request = mutable();
        const options = request.processingInformation.japanPaymentOptions;
        options.paymentMethod = code;
        options.firstBillingMonth = "05";
        expect(check(request)).toEqual([]);
        delete options.installments;
        expect(check(request)).toMatchObject([
          {
            path: `${jpo}.installments`,
            rule: "recommended-field",
            severity: "warning",
            source: expect.stringContaining("processing-info-japan-payments-ops-installments"),
          },
        ]);
      },
    );

    test.each(["10", "61", "80"])("%s takes no bonuses", (code) => {
      const request = mutable();
      const options = request.processingInformation.japanPaymentOptions;
      options.paymentMethod = code;
      if (code !== "61") delete options.installments;
      options.bonuses = [{ month: "07", amount: "1000" }];
      expect(issueAt(request, `${jpo}.bonuses`)).toMatchObject([
        { rule: "not-allowed-for-payment-method" },
      ]);
    });

    test("rejects an unknown code, such as the Simple Order code 4", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.paymentMethod = "4";
      expect(issueAt(request, `${jpo}.paymentMethod`)).toMatchObject([{ rule: "enum" }]);
    });

    test("allows at most six bonuses, months 1-12, amounts up to 99999999", () => {
      const request = mutable();
      const options = request.processingInformation.japanPaymentOptions;
      options.paymentMethod = "31";
      request.orderInformation.amountDetails.totalAmount = "999999999";
      options.bonuses = Array.from({ length: 7 }, () => ({ month: "13", amount: "100000000" }));
      const rules = check(request).map(({ path, rule }) => `${path} ${rule}`);
      expect(rules).toContain(`${jpo}.bonuses max-items`);
      expect(rules).toContain(`${jpo}.bonuses[6].month pattern`);
      expect(rules).toContain(`${jpo}.bonuses[0].amount pattern`);
    });

    test("rejects bonuses that add up to more than the amount", () => {
      const request = mutable();
      const options = request.processingInformation.japanPaymentOptions;
      options.paymentMethod = "31";
      options.bonuses = [
        { month: "07", amount: "100000" },
        { month: "12", amount: "100000" },
      ];
      expect(issueAt(request, `${jpo}.bonuses`)).toMatchObject([{ rule: "bonus-total" }]);
    });
  });

  describe("firstBillingMonth", () => {
    test.each(["00", "13", "4", "April"])("rejects %j", (month) => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.firstBillingMonth = month;
      expect(issueAt(request, `${jpo}.firstBillingMonth`)).toMatchObject([{ rule: "pattern" }]);
    });

    test("names the right field for the misspelling firstBusinessMonth", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.firstBusinessMonth = "04";
      const [issue] = issueAt(request, `${jpo}.firstBusinessMonth`);
      expect(issue?.rule).toBe("unknown-field");
      expect(issue?.message).toContain('"firstBillingMonth"');
    });
  });

  describe("business names", () => {
    test.each(["ワガシャ", "ﾜｶﾞｼｬ", "ヤマダ・デンキ", "スーパー ヤマダ"])(
      "accepts the katakana %s",
      (name) => {
        const request = mutable();
        request.processingInformation.japanPaymentOptions.businessNameKatakana = name;
        expect(check(request)).toEqual([]);
      },
    );

    test("rejects hiragana and suggests the katakana spelling", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.businessNameKatakana = "わがしゃ";
      const [issue] = issueAt(request, `${jpo}.businessNameKatakana`);
      expect(issue).toMatchObject({ rule: "katakana" });
      expect(issue?.message).toContain("ワガシャ");
      expect(issue?.message).toContain("hiragana");
    });

    test("rejects the published example's わが社の場合 (hiragana and kanji)", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.businessNameKatakana = "わが社の場合";
      expect(issueAt(request, `${jpo}.businessNameKatakana`)).toMatchObject([{ rule: "katakana" }]);
    });

    test("limits each name to 25 characters, counting characters not bytes", () => {
      const request = mutable();
      const options = request.processingInformation.japanPaymentOptions;
      options.businessName = "株".repeat(25);
      expect(check(request)).toEqual([]);
      options.businessName = "株".repeat(26);
      expect(issueAt(request, `${jpo}.businessName`)).toMatchObject([{ rule: "max-length" }]);
    });

    test.each(["7-Eleven", "Mr. Donut & Co's", "AT&T"])(
      "accepts the printable ASCII name %s in businessNameAlphaNumeric",
      (name) => {
        const request = mutable();
        request.processingInformation.japanPaymentOptions.businessNameAlphaNumeric = name;
        expect(check(request)).toEqual([]);
      },
    );

    test("rejects non-ASCII and blank names in businessNameAlphaNumeric", () => {
      const request = mutable();
      const options = request.processingInformation.japanPaymentOptions;
      options.businessNameAlphaNumeric = "Café";
      expect(issueAt(request, `${jpo}.businessNameAlphaNumeric`)).toMatchObject([
        { rule: "pattern", severity: "error" },
      ]);
      options.businessNameAlphaNumeric = "   ";
      expect(issueAt(request, `${jpo}.businessNameAlphaNumeric`)).toMatchObject([
        { rule: "blank" },
      ]);
    });

    test.each(["ABCマート", "セブン-イレブン", "ﾔﾏﾀﾞ(ｶ", "ワガシャ　２ゴウテン", "ｶﾞｲﾄﾞ・ｼｮｯﾌﾟ"])(
      "accepts the katakana name %s with letters, digits and company punctuation",
      (name) => {
        const request = mutable();
        request.processingInformation.japanPaymentOptions.businessNameKatakana = name;
        expect(check(request)).toEqual([]);
      },
    );

    test("rejects a blank katakana name", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.businessNameKatakana = "\u3000 ";
      expect(issueAt(request, `${jpo}.businessNameKatakana`)).toMatchObject([
        { rule: "blank", severity: "error" },
      ]);
    });
  });

  describe("card present", () => {
    test("requires the 13-digit terminalId with jis2TrackData", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.jis2TrackData = "TRACKDATA";
      request.processingInformation.commerceIndicator = "retail";
      expect(issueAt(request, `${jpo}.terminalId`)).toMatchObject([
        { rule: "card-present-terminal-id", severity: "error" },
      ]);
      request.processingInformation.japanPaymentOptions.terminalId = "123456789012";
      expect(issueAt(request, `${jpo}.terminalId`)).toMatchObject([
        { rule: "pattern", severity: "warning" },
      ]);
      request.processingInformation.japanPaymentOptions.terminalId = "1234567890123";
      expect(check(request)).toEqual([]);
    });

    test("warns when track data is sent without commerceIndicator retail", () => {
      const request = mutable();
      request.processingInformation.japanPaymentOptions.jis2TrackData = "TRACKDATA";
      request.processingInformation.japanPaymentOptions.terminalId = "1234567890123";
      request.pointOfSaleInformation = { terminalId: "T1", entryMode: "swiped" };
      expect(check(request)).toMatchObject([
        {
          path: "processingInformation.commerceIndicator",
          rule: "card-present-retail",
          severity: "warning",
        },
      ]);
    });
  });

  describe("required fields", () => {
    test("requires the published page's billing and card fields", () => {
      const request = mutable();
      delete request.orderInformation.billTo;
      delete request.paymentInformation.card.expirationMonth;
      expect(check(request).map(({ path, rule }) => `${path} ${rule}`)).toEqual([
        "orderInformation.billTo required",
        `${card}.expirationMonth required`,
      ]);
    });

    test("waives billing address and expiry under relaxed requirements, not the card number", () => {
      const request = mutable();
      delete request.orderInformation.billTo;
      delete request.paymentInformation.card.expirationMonth;
      delete request.paymentInformation.card.expirationYear;
      expect(check(request, true)).toEqual([]);
      delete request.paymentInformation.card.number;
      expect(check(request, true).map((issue) => issue.path)).toEqual([`${card}.number`]);
    });
  });

  describe("unknown fields", () => {
    test("suggests the nearest known name", () => {
      const request = mutable();
      request.orderInformation.billTo.emial = "x@example.jp";
      const [issue] = issueAt(request, "orderInformation.billTo.emial");
      expect(issue?.rule).toBe("unknown-field");
      expect(issue?.message).toContain('"email"');
    });

    test("rejects an unknown top-level field", () => {
      const request = mutable();
      request.merchantDefinedInformations = [];
      expect(issueAt(request, "merchantDefinedInformations")).toMatchObject([
        {
          rule: "unknown-field",
          message: 'is not a field; did you mean "merchantDefinedInformation"?',
        },
      ]);
    });

    test("points buyerInformation.email to orderInformation.billTo.email", () => {
      const request = mutable();
      request.buyerInformation = { email: "taro@example.jp" };
      expect(issueAt(request, "buyerInformation.email")).toMatchObject([
        {
          rule: "unknown-field",
          message: expect.stringContaining("orderInformation.billTo.email"),
        },
      ]);
    });
  });

  test("reports wrong types instead of throwing", () => {
    for (const value of [null, 42, "x", [], { orderInformation: 5 }]) {
      expect(() => check(value)).not.toThrow();
      expect(check(value).length).toBeGreaterThan(0);
    }
  });
});
