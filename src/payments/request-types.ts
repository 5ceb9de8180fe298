import type { components } from "../../generated/openapi.js";

type Schemas = components["schemas"];
type WireRequest = Schemas["JpoAuthorizationRequest"];

/** Currency as accepted by the facade: `JPY` in any case; it is sent upper-case. */
export type JpyCurrency = "JPY" | "jpy" | "Jpy";

/**
 * An authorization request, as the spec defines it (`JpoAuthorizationRequest`), with two
 * conveniences the facade normalizes before sending: the currency in any case, and an amount
 * with a zero minor unit (`"100.00"` is sent as `"100"`).
 *
 * `japanPaymentOptions` is a union by `paymentMethod`: `"61"` requires `installments`, `"80"` takes
 * none, and so on; unknown fields do not compile.
 */
export type JpoAuthorizationRequest = Omit<WireRequest, "orderInformation"> & {
  /** The amount and the cardholder's billing details. */
  orderInformation: Omit<WireRequest["orderInformation"], "amountDetails"> & {
    /** The amount to authorize. */
    amountDetails: {
      /** Whole yen, e.g. `"120000"`; `"120000.00"` is accepted and sent as `"120000"`. */
      totalAmount: string;
      /** `JPY`, in any case; sent upper-case. */
      currency: JpyCurrency;
    };
  };
};

/** The JPO options of a request, one shape per payment method. */
export type JapanPaymentOptions = Schemas["JapanPaymentOptions"];

/** A REST payment method code: `10`, `21`-`24`, `31`-`34`, `61` or `80`. */
export type PaymentMethodCode = Schemas["PaymentMethodCode"];

/** The request body sent to `POST /pts/v2/payments`, after normalization and defaults. */
export type WireAuthorizationRequest = WireRequest;
