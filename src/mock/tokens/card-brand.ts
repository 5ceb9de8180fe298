// The card type of a card number by its leading digits (the issuers' IIN ranges), as Microform
// detects it: Cybersource's three-digit code and the network name its capture context uses.

/** A detected card brand. */
export interface CardBrand {
  /** Cybersource's card type code, e.g. `001`. */
  readonly type: string;
  /** The network name of `allowedCardNetworks`, e.g. `VISA`. */
  readonly network: string;
}

const ranges: readonly [RegExp, CardBrand][] = [
  [/^4/u, { type: "001", network: "VISA" }],
  [/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/u, { type: "002", network: "MASTERCARD" }],
  [/^3[47]/u, { type: "003", network: "AMEX" }],
  [/^(6011|65|64[4-9])/u, { type: "004", network: "DISCOVER" }],
  [/^3(0[0-5]|[68])/u, { type: "005", network: "DINERSCLUB" }],
  [/^35/u, { type: "007", network: "JCB" }],
  [/^62/u, { type: "062", network: "CUP" }],
];

/** The brand of `number`, or `undefined` when no range matches. */
export function cardBrand(number: string): CardBrand | undefined {
  return ranges.find(([range]) => range.test(number))?.[1];
}
