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

/** `tokenInformation` where no transient token is sent: only the network token preference. */
export interface NoTransientToken {
  /** With a TMS token: `prefer` (default) a linked network token, or `ignore` it. */
  networkTokenOption?: "ignore" | "prefer";
  /** Not with this card source. */
  transientTokenJwt?: never;
  /** Not with this card source. */
  jti?: never;
}

/** The TMS fields a card number or a transient token cannot be sent with. */
export interface NoTmsCard {
  /** Not with this card source. */
  customer?: never;
  /** Not with this card source. */
  paymentInstrument?: never;
  /** Not with this card source. */
  instrumentIdentifier?: never;
}

/**
 * The card as a number (`paymentInformation.card`). The merchant's server then processes card
 * data, so it must be PCI DSS compliant; see {@link TransientTokenSource} for the alternative.
 */
export interface CardNumberSource {
  /** The card being charged. */
  paymentInformation: NoTmsCard & {
    /** The card's number, expiry and type. */
    card: Schemas["Card"];
    /** A TMS shipping address token. */
    shippingAddress?: TmsTokenRef;
  };
  /** Only `networkTokenOption`; no transient token. */
  tokenInformation?: NoTransientToken;
}

/** A transient token as its JWT. */
export interface TransientTokenJwt {
  /** The JWT Flex Microform or Unified Checkout returned; valid 15 minutes. Never log it. */
  transientTokenJwt: string;
  /** Not with `transientTokenJwt`. */
  jti?: never;
  /** With a TMS token: `prefer` (default) a linked network token, or `ignore` it. */
  networkTokenOption?: "ignore" | "prefer";
}

/** A transient token by its id. */
export interface TransientTokenId {
  /** The token's id (its `jti` claim). Never log it. */
  jti: string;
  /** Not with `jti`. */
  transientTokenJwt?: never;
  /** With a TMS token: `prefer` (default) a linked network token, or `ignore` it. */
  networkTokenOption?: "ignore" | "prefer";
}

/**
 * A transient token from Flex Microform or Unified Checkout (`tokenInformation.transientTokenJwt`,
 * or its `jti`): the card never reaches the merchant's server (カード情報の非保持化).
 */
export interface TransientTokenSource {
  /** The transient token, as its JWT or its id. */
  tokenInformation: TransientTokenJwt | TransientTokenId;
  /** Optional expiry overrides and a TMS shipping address; no card number. */
  paymentInformation?: NoTmsCard & {
    /** Overrides the expiry the token holds. */
    card?: CardExpiry;
    /** A TMS shipping address token. */
    shippingAddress?: TmsTokenRef;
  };
}

/** A TMS customer token, optionally with one of its payment instruments. */
export interface TmsCustomerCard {
  /** The customer: its default payment instrument and shipping address are used. */
  customer: TmsTokenRef;
  /** One of the customer's payment instruments instead of the default. */
  paymentInstrument?: TmsTokenRef;
  /** A shipping address token. */
  shippingAddress?: TmsTokenRef;
  /** An expiry that overrides the stored one. */
  card?: CardExpiry;
  /** Not with a customer token. */
  instrumentIdentifier?: never;
}

/** A TMS payment instrument token (a card with its billing address). */
export interface TmsPaymentInstrumentCard {
  /** The payment instrument. */
  paymentInstrument: TmsTokenRef;
  /** Its customer, if any. */
  customer?: TmsTokenRef;
  /** A shipping address token. */
  shippingAddress?: TmsTokenRef;
  /** An expiry that overrides the stored one. */
  card?: CardExpiry;
  /** Not with a payment instrument token. */
  instrumentIdentifier?: never;
}

/** A TMS instrument identifier token (the number alone), with the card's expiry. */
export interface TmsInstrumentIdentifierCard {
  /** The instrument identifier. */
  instrumentIdentifier: TmsTokenRef;
  /** The card's expiry, which the instrument identifier does not hold. */
  card: CardExpiry;
  /** A shipping address token. */
  shippingAddress?: TmsTokenRef;
  /** Not with an instrument identifier. */
  customer?: never;
  /** Not with an instrument identifier. */
  paymentInstrument?: never;
}

/**
 * TMS tokens of a returning customer: a customer (its default card), a payment instrument, or an
 * instrument identifier with the expiry.
 */
export interface TmsSource {
  /** The TMS tokens. */
  paymentInformation: TmsCustomerCard | TmsPaymentInstrumentCard | TmsInstrumentIdentifierCard;
  /** Only `networkTokenOption`; no transient token. */
  tokenInformation?: NoTransientToken;
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
  orderInformation: Omit<FacadeOrderInformation, "billTo"> & {
    /** The cardholder's billing address, unless the token carries it. */
    billTo?: WireOrder["billTo"];
  };
} & TmsSource;

/** The JPO options of a request, one shape per payment method. */
export type JapanPaymentOptions = Schemas["JapanPaymentOptions"];

/** A REST payment method code: `10`, `21`-`24`, `31`-`34`, `61` or `80`. */
export type PaymentMethodCode = Schemas["PaymentMethodCode"];
