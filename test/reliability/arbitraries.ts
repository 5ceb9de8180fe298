// fast-check generators of JPO authorization requests: valid ones across the five payment options,
// and near-valid ones made by mutating those (removed fields, odd strings at and around the
// length limits, kana, kanji, emoji, numbers, nulls, arrays, unknown fields, card numbers).
import fc from "fast-check";
import { INJECTED_PANS } from "./support.js";

type Json = { [key: string]: any };

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));
const oneChar = (text: string) => fc.constantFrom(...text);

/** One code point of each family the SDK must cope with. */
export const chars = {
  ascii: oneChar("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "),
  digit: oneChar("0123456789"),
  katakana: fc.oneof(range(0x30a1, 0x30fa), oneChar("ー・　 ")),
  halfWidthKatakana: range(0xff65, 0xff9f),
  hiragana: range(0x3041, 0x3096),
  kanji: range(0x4e00, 0x9fff),
  emoji: range(0x1f300, 0x1faff),
  combining: range(0x0300, 0x036f),
  separator: oneChar("\u2028\u2029\u3000\t\n\r\u0000\u00a0"),
  any: fc.oneof(range(0, 0xd7ff), range(0xe000, 0x10ffff)),
  loneSurrogate: range(0xd800, 0xdfff),
};

/** A string of exactly `length` code points drawn from `char`. */
const exactly = (char: fc.Arbitrary<string>, length: number) =>
  fc.array(char, { minLength: length, maxLength: length }).map((cs) => cs.join(""));
/** A string of `min`..`max` code points drawn from `char`. */
const text = (char: fc.Arbitrary<string>, min: number, max: number) =>
  fc.integer({ min, max }).chain((length) => exactly(char, length));

const japanese = fc.oneof(chars.kanji, chars.hiragana, chars.katakana, chars.ascii, chars.emoji);
const katakanaName = fc.oneof(chars.katakana, chars.halfWidthKatakana);
const asciiWord = text(oneChar("abcdefghijklmnopqrstuvwxyz0123456789"), 1, 12);
const twoDigits = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((n) => String(n).padStart(2, "0"));

/** A Luhn-valid Visa number of 13, 16 or 19 digits. */
export const visaNumber = fc
  .constantFrom(13, 16, 19)
  .chain((length) => exactly(chars.digit, length - 2))
  .map((body) => `4${body}${luhnCheckDigit(`4${body}`)}`);

function luhnCheckDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const bonuses = (each: number) =>
  fc.array(
    fc.record({
      month: fc.oneof(twoDigits(1, 12), fc.integer({ min: 1, max: 9 }).map(String)),
      amount: fc.integer({ min: 1, max: each }).map(String),
    }),
    { minLength: 1, maxLength: 6 },
  );

/** The payment option (and an amount that fits its bonuses), one of the five JPO shapes. */
const paymentOption = fc.oneof(
  fc.record({ paymentMethod: fc.constant("10") }),
  fc.record({
    paymentMethod: fc.constantFrom("21", "22", "23", "24"),
    installments: fc.integer({ min: 1, max: 99 }).map(String),
    bonuses: bonuses(1_000),
  }),
  fc.record(
    {
      paymentMethod: fc.constantFrom("31", "32", "33", "34"),
      installments: fc.integer({ min: 1, max: 99 }).map(String),
      firstBillingMonth: twoDigits(1, 12),
      bonuses: bonuses(1_000),
    },
    { requiredKeys: ["paymentMethod", "installments"] },
  ),
  fc.record(
    {
      paymentMethod: fc.constant("61"),
      installments: fc.oneof(fc.integer({ min: 1, max: 99 }).map(String), twoDigits(1, 9)),
      firstBillingMonth: twoDigits(1, 12),
    },
    { requiredKeys: ["paymentMethod", "installments"] },
  ),
  fc.record(
    {
      paymentMethod: fc.constant("80"),
      installments: fc.integer({ min: 1, max: 99 }).map(String),
      firstBillingMonth: twoDigits(1, 12),
    },
    { requiredKeys: ["paymentMethod", "installments"] },
  ),
);

const cardPresent = fc.option(
  fc.record(
    { terminalId: exactly(chars.digit, 13), jis2TrackData: text(chars.ascii, 1, 69) },
    { requiredKeys: ["terminalId"] },
  ),
  { nil: {} },
);

/**
 * A request `validateJpoAuthorization` accepts with neither errors nor warnings (at the suite's
 * frozen clock, November 2026): with a reference code, installments wherever a Cybersource
 * source calls for them, and `retail` with track data.
 */
export const validRequest: fc.Arbitrary<Json> = fc
  .record({
    code: text(japanese, 1, 50),
    transactionId: fc.option(text(oneChar("0123456789ABCabc_-"), 1, 30), { nil: undefined }),
    amount: fc.integer({ min: 6_000, max: 99_999_999 }),
    withFraction: fc.boolean(),
    option: paymentOption,
    present: cardPresent,
    names: fc.record({
      businessName: text(japanese, 1, 25).filter((name) => /[^ \u3000]/u.test(name)),
      businessNameKatakana: text(katakanaName, 1, 25).filter((name) => /[^ \u3000]/u.test(name)),
      businessNameAlphaNumeric: text(chars.ascii, 1, 25).filter((name) => name.trim() !== ""),
    }),
    billTo: fc.record(
      {
        firstName: text(japanese, 1, 60),
        lastName: text(japanese, 1, 60),
        address1: text(japanese, 1, 60),
        address2: text(japanese, 0, 60),
        locality: text(japanese, 1, 50),
        administrativeArea: text(japanese, 1, 20),
        postalCode: text(chars.ascii, 1, 10),
        country: exactly(oneChar("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 2),
        email: fc.tuple(asciiWord, asciiWord).map(([user, host]) => `${user}@${host}.jp`),
      },
      {
        requiredKeys: [
          "firstName",
          "lastName",
          "address1",
          "locality",
          "administrativeArea",
          "postalCode",
          "country",
          "email",
        ],
      },
    ),
    card: fc.record(
      {
        number: visaNumber,
        expirationMonth: twoDigits(1, 12),
        expirationYear: fc.integer({ min: 2027, max: 2040 }).map(String),
        type: fc.constant("001"),
        securityCode: text(chars.digit, 3, 4),
      },
      { requiredKeys: ["number", "expirationMonth", "expirationYear", "type"] },
    ),
    capture: fc.option(fc.boolean(), { nil: undefined }),
    salesSlipNumber: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
  })
  .map((r) => {
    const totalAmount = r.withFraction ? `${r.amount}.00` : String(r.amount);
    return prune({
      clientReferenceInformation: { code: r.code, transactionId: r.transactionId },
      orderInformation: {
        amountDetails: { totalAmount, currency: "JPY" },
        billTo: r.billTo,
        invoiceDetails:
          r.salesSlipNumber === undefined ? undefined : { salesSlipNumber: r.salesSlipNumber },
      },
      paymentInformation: { card: r.card },
      processingInformation: {
        capture: r.capture,
        commerceIndicator: "jis2TrackData" in r.present ? "retail" : undefined,
        japanPaymentOptions: { ...r.option, ...r.names, ...r.present },
      },
    });
  });

/** `value` without `undefined` fields, and without objects left empty by that. */
function prune(value: Json): Json {
  const out: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (typeof field === "object" && field !== null && !Array.isArray(field)) {
      const inner = prune(field);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = field;
  }
  return out;
}
