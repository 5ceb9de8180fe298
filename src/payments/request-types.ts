import type { components } from "../../generated/openapi.js";

type Schemas = components["schemas"];
type WireRequest = Schemas["JpoAuthorizationRequest"];
type WireOrder = WireRequest["orderInformation"];

/** Currency as accepted by the facade: `JPY` in any case; it is sent upper-case. */
export type JpyCurrency = "JPY" | "jpy" | "Jpy";

/** The amount to authorize, as the facade accepts it. */
export interface FacadeAmountDetails {
  /** Whole yen, e.g. `"120000"`; `"120000.00"` is accepted and sent as `"120000"`. */
  totalAmount: string;
  /** `JPY`, in any case; sent upper-case. */
  currency: JpyCurrency;
}

/** The amount and the cardholder's billing details. */
export type FacadeOrderInformation = Omit<WireOrder, "amountDetails"> & {
  /** The amount to authorize. */
  amountDetails: FacadeAmountDetails;
};

/** A card's expiry sent with a token: overrides the transient token's, or completes a TMS id. */
export type CardExpiry = Pick<Schemas["Card"], "expirationMonth" | "expirationYear">;

/** A TMS token reference, `{ id }`. */
export type TmsTokenRef = Schemas["TmsCustomer"];

/**
 * The card as a number (`paymentInformation.card`). The merchant's server then processes card
 * data, so it must be PCI DSS compliant; see {@link TransientTokenSource} for the alternative.
 */
export interface CardNumberSource {
  /** The card being charged. */
  paymentInformation: {
    card: Schemas["Card"];
    shippingAddress?: TmsTokenRef;
    customer?: never;
    paymentInstrument?: never;
    instrumentIdentifier?: never;
  };
  tokenInformation?: {
    networkTokenOption?: "ignore" | "prefer";
    transientTokenJwt?: never;
    jti?: never;
  };
}

/**
 * A transient token from Flex Microform or Unified Checkout (`tokenInformation.transientTokenJwt`,
 * or its `jti`): the card never reaches the merchant's server (カード情報の非保持化).
 */
export interface TransientTokenSource {
  /** The transient token, as its JWT or its id. */
  tokenInformation:
    | { transientTokenJwt: string; jti?: never; networkTokenOption?: "ignore" | "prefer" }
    | { jti: string; transientTokenJwt?: never; networkTokenOption?: "ignore" | "prefer" };
  /** Optional expiry overrides and a TMS shipping address; no card number. */
  paymentInformation?: {
    card?: CardExpiry;
    shippingAddress?: TmsTokenRef;
    customer?: never;
    paymentInstrument?: never;
    instrumentIdentifier?: never;
  };
}

/**
 * TMS tokens of a returning customer: a customer (its default card), a payment instrument, or an
 * instrument identifier with the expiry. With a customer or payment instrument token,
 * `orderInformation.billTo` may come from the token.
 */
export interface TmsSource {
  /** The TMS tokens. */
  paymentInformation:
    | {
        customer: TmsTokenRef;
        paymentInstrument?: TmsTokenRef;
        shippingAddress?: TmsTokenRef;
        card?: CardExpiry;
        instrumentIdentifier?: never;
      }
    | {
        paymentInstrument: TmsTokenRef;
        customer?: TmsTokenRef;
        shippingAddress?: TmsTokenRef;
        card?: CardExpiry;
        instrumentIdentifier?: never;
      }
    | {
        instrumentIdentifier: TmsTokenRef;
        card: CardExpiry;
        shippingAddress?: TmsTokenRef;
        customer?: never;
        paymentInstrument?: never;
      };
  tokenInformation?: {
    networkTokenOption?: "ignore" | "prefer";
    transientTokenJwt?: never;
    jti?: never;
  };
}

/** Exactly one card source: a card number, a transient token, or TMS tokens. */
export type CardSource = CardNumberSource | TransientTokenSource | TmsSource;

/**
 * An authorization request, as the spec defines it (`JpoAuthorizationRequest`), with exactly one
 * card source ({@link CardSource}) and two conveniences the facade normalizes before sending: the
 * currency in any case, and an amount with a zero minor unit (`"100.00"` is sent as `"100"`).
 *
 * `japanPaymentOptions` is a union by `paymentMethod`: `"61"` requires `installments`, `"80"` takes
 * none, and so on; unknown fields do not compile.
 */
export type JpoAuthorizationRequest = Omit<
  WireRequest,
  "orderInformation" | "paymentInformation" | "tokenInformation"
> & {
  /** The amount and the cardholder's billing details. */
  orderInformation: FacadeOrderInformation;
} & CardSource;

/**
 * An authorization with TMS tokens whose customer or payment instrument token carries the billing
 * address, so `orderInformation.billTo` may be left out (Cybersource: the token makes "many of
 * the fields that are normally required" optional).
 */
export type TmsAuthorizationRequest = Omit<
  WireRequest,
  "orderInformation" | "paymentInformation" | "tokenInformation"
> & {
  /** The amount; the billing details may come from the token. */
  orderInformation: Omit<FacadeOrderInformation, "billTo"> & { billTo?: WireOrder["billTo"] };
} & TmsSource;

/** The JPO options of a request, one shape per payment method. */
export type JapanPaymentOptions = Schemas["JapanPaymentOptions"];

/** A REST payment method code: `10`, `21`-`24`, `31`-`34`, `61` or `80`. */
export type PaymentMethodCode = Schemas["PaymentMethodCode"];

/** The request body sent to `POST /pts/v2/payments`, after normalization and defaults. */
export type WireAuthorizationRequest = WireRequest;
