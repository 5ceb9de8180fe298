// Near-valid requests: a valid request with one to four mutations anywhere in it.
import fc from "fast-check";
import { chars, validRequest, visaNumber } from "./arbitraries.js";
import { INJECTED_PANS } from "./support.js";

type Json = { [key: string]: any };

/** Field names that `Object.prototype` also has (`constructor`, `toString`, `__proto__`, ...). */
const inheritedNames = Object.getOwnPropertyNames(Object.prototype);

const exactly = (char: fc.Arbitrary<string>, length: number) =>
  fc.array(char, { minLength: length, maxLength: length }).map((cs) => cs.join(""));
const family = fc.constantFrom(...Object.values(chars));
const limits = [0, 1, 2, 3, 4, 12, 13, 19, 20, 24, 25, 26, 29, 30, 31, 49, 50, 51, 59, 60, 61];

/** A string at or around one of the spec's length limits, of one character family. */
const aroundLimit = fc
  .tuple(fc.constantFrom(...limits, 68, 69, 70, 255, 256), family)
  .chain(([length, char]) => exactly(char, length));

const knownNames = [
  ...["clientReferenceInformation", "code", "transactionId", "orderInformation", "amountDetails"],
  ...["totalAmount", "currency", "billTo", "email", "invoiceDetails", "salesSlipNumber"],
  ...["paymentInformation", "card", "number", "expirationMonth", "type", "securityCode"],
  ...["processingInformation", "japanPaymentOptions", "paymentMethod", "installments", "bonuses"],
  ...["firstBillingMonth", "firstBusinessMonth", "businessNameKatakana", "terminalId", "month"],
  ...["jis2TrackData", "preapprovalType", "capture", "amount", "bonusMonth", "cardNumber"],
];

/**
 * A field name: a known one (often misplaced), one `Object.prototype` also has, a card number, a
 * misspelling, or any string.
 */
export const fieldName = fc.oneof(
  fc.constantFrom(...knownNames),
  fc.constantFrom(...inheritedNames),
  fc.constantFrom(...INJECTED_PANS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: aroundLimit },
  fc.string({ unit: "binary", maxLength: 30 }),
  { weight: 2, arbitrary: fc.constantFrom(...INJECTED_PANS) },
  fc.constantFrom(...INJECTED_PANS).map((pan) => `カード番号 ${pan} です`),
  fc.constantFrom(
    "0",
    "1",
    "100.00",
    "100.5",
    "-1",
    "0100",
    "1e3",
    " 100",
    "１００",
    "99999999999",
  ),
  fc.constantFrom("JPY", "jpy", "USD", "001", "002", "61", "31", "10", "13", "00", "2020", "2099"),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom(() => 1, Symbol("x")),
);

/** A value to put where a field was: a leaf, an array or a small object. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 7 }) },
  { weight: 1, arbitrary: fc.dictionary(fieldName, leaf, { maxKeys: 3 }) },
);

type Mutation =
  | { readonly kind: "delete"; readonly at: number }
  | { readonly kind: "set"; readonly at: number; readonly value: unknown }
  | { readonly kind: "add"; readonly at: number; readonly name: string; readonly value: unknown }
  | { readonly kind: "method"; readonly code: string }
  | { readonly kind: "card"; readonly number: string; readonly type: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), name: fieldName, value: oddValue }),
  fc.record({
    kind: fc.constant("method" as const),
    code: fc.constantFrom(
      ..."10 21 24 31 34 61 80 11 99".split(" "),
      ...["", " 61", "６１", "constructor", "__proto__"],
    ),
  }),
  fc.record({
    kind: fc.constant("card" as const),
    number: fc.oneof(visaNumber, fc.string({ unit: chars.digit, minLength: 11, maxLength: 20 })),
    type: fc.constantFrom("001", "002", "003", "007"),
  }),
);

/** Every `[container, key]` in `value`, depth first (array items included). */
function slots(value: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  if (typeof value !== "object" || value === null) return out;
  for (const key of Object.keys(value)) {
    const slot: [Json, string | number] = [value as Json, Array.isArray(value) ? Number(key) : key];
    out.push(slot);
    slots((value as Json)[key], out);
  }
  return out;
}

function apply(request: Json, change: Mutation): void {
  if (change.kind === "method" || change.kind === "card") {
    const options = request["processingInformation"]?.["japanPaymentOptions"];
    const card = request["paymentInformation"]?.["card"];
    if (change.kind === "method" && isObject(options)) options.paymentMethod = change.code;
    if (change.kind === "card" && isObject(card)) {
      Object.assign(card, { number: change.number, type: change.type });
    }
    return;
  }
  const all = slots(request);
  const [container, key] = all[change.at % all.length] ?? [request, "orderInformation"];
  if (change.kind === "delete") {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key];
  } else if (change.kind === "set") {
    container[key] = copy(change.value);
  } else {
    const target = container[key];
    const where = isObject(target) ? target : container;
    define(where, change.name, copy(change.value));
  }
}

/** Sets an own field; unlike assignment, also for a name such as `__proto__`. */
function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A deep copy of the arrays and objects in `value` (null-prototype ones stay so): later mutations
 * must not change the values fast-check generated, which it reuses when shrinking.
 */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value !== "object" || value === null) return value;
  const out = Object.create(Object.getPrototypeOf(value)) as Json;
  for (const [name, field] of Object.entries(value)) define(out, name, copy(field));
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The card number the request carries, when it is 12 digits or more: with `INJECTED_PANS`, what
 * must never be rendered. (Other digit runs, such as a transaction id, are the caller's own ids.)
 */
function cardNumberOf(request: unknown): string[] {
  const number = (request as Json | null)?.["paymentInformation"]?.["card"]?.["number"];
  return typeof number === "string" && /\d{12}/u.test(number) ? [number] : [];
}

const withNumbers = (request: unknown) => ({ request, pans: cardNumberOf(request) });

/** A valid request with one to four mutations. */
export const nearValidRequest = fc
  .tuple(validRequest, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([valid, changes]) => {
    const request = structuredClone(valid);
    for (const change of changes) apply(request, change);
    return request as unknown;
  });

/** Valid requests, near-valid ones and the odd non-object, with the card numbers they hold. */
export const anyRequest = fc
  .oneof(
    { weight: 2, arbitrary: validRequest as fc.Arbitrary<unknown> },
    { weight: 7, arbitrary: nearValidRequest },
    { weight: 1, arbitrary: oddValue },
  )
  .map(withNumbers);
