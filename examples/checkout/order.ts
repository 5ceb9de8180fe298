// The shop's one order and the Japanese Payment Options the buyer may choose from, as the JPO
// rules shape them (spec/components/schemas/jpo.yaml): 10 takes no count and no bonus; 61 needs a
// count of installments; 31 (bonus with installments) expects one; 21 (bonus) and 80 (revolving)
// are sent without one, as Cybersource's own examples do. The SDK's `JapanPaymentOptions` type
// has no `installments` on a single payment, so a wrong combination does not compile, and
// `authorize` checks the rest before sending.
import type {
  JapanPaymentOptions,
  JpoAuthorizationRequest,
  PaymentMethodCode,
  TransientTokenSource,
} from "cybersource-jpo";

/** A payment option the page offers: its code, its names, and the counts the buyer picks from. */
export interface PaymentOption {
  readonly code: PaymentMethodCode;
  readonly ja: string;
  readonly en: string;
  /** Numbers of monthly payments offered; empty when the option takes none. */
  readonly counts: readonly number[];
}

// The counts issuers commonly allow (spec InstallmentCount); the issuer's contract decides.
const COUNTS = [3, 5, 6, 10, 12, 15, 18, 20, 24];

/** What the page offers, in order. */
export const paymentOptions: readonly PaymentOption[] = [
  { code: "10", ja: "一括払い", en: "Single payment", counts: [] },
  { code: "61", ja: "分割払い", en: "Installments", counts: COUNTS },
  { code: "21", ja: "ボーナス一括払い", en: "Bonus payment", counts: [] },
  { code: "31", ja: "ボーナス併用払い", en: "Installments with bonus", counts: COUNTS },
  { code: "80", ja: "リボ払い", en: "Revolving", counts: [] },
];

/** The buyer's choice, as the page posts it. */
export interface Choice {
  readonly paymentMethod: string;
  readonly installments?: string | undefined;
}

/** The order: one item, in whole yen. */
export const order = {
  item: { ja: "有田焼 ティーセット", en: "Arita porcelain tea set" },
  amount: "120000",
} as const;

const names = {
  businessName: "我社",
  businessNameKatakana: "ワガシャ",
  businessNameAlphaNumeric: "OurStore",
} as const;

/** The JPO fields of a choice the page offers, or a message saying why it is not one. */
export function japanPaymentOptions(choice: Choice): JapanPaymentOptions | string {
  const option = paymentOptions.find((offered) => offered.code === choice.paymentMethod);
  if (option === undefined) return `payment option ${choice.paymentMethod} is not offered`;
  const count = choice.installments;
  if (option.counts.length === 0) {
    if (count !== undefined) return `payment option ${option.code} takes no installments`;
    return { paymentMethod: option.code as "10" | "21" | "80", ...names };
  }
  if (count === undefined || !option.counts.includes(Number(count)) || !/^\d+$/u.test(count)) {
    return `payment option ${option.code} takes one of ${option.counts.join(", ")} installments`;
  }
  return { paymentMethod: option.code as "61" | "31", installments: count, ...names };
}

/** The authorization of the order with the buyer's transient token and JPO choice. */
export function orderRequest(
  transientTokenJwt: string,
  jpo: JapanPaymentOptions,
): JpoAuthorizationRequest & TransientTokenSource {
  return {
    clientReferenceInformation: { code: `ORDER-${Date.now()}` },
    tokenInformation: { transientTokenJwt },
    orderInformation: {
      amountDetails: { totalAmount: order.amount, currency: "JPY" },
      billTo: {
        firstName: "Taro",
        lastName: "Yamada",
        address1: "1-1-1 Marunouchi",
        locality: "Chiyoda-ku",
        administrativeArea: "Tokyo",
        postalCode: "100-0005",
        country: "JP",
        email: "taro@example.jp",
      },
    },
    processingInformation: { japanPaymentOptions: jpo },
  };
}
