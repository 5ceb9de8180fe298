import { JpoValidationError } from "../errors.js";
import { isPaymentId, text } from "../internal/json.js";
import type { StoredJpoOptions } from "./capture-options.js";
import type { AuthorizationRef } from "./follow-up.js";

/**
 * An authorization stored by the caller, for capturing or reversing it later (for example at
 * shipment) with `client.capture` / `client.reverse`. `result.toStoredAuthorization()` makes one;
 * it is plain JSON, safe to store as it is.
 */
export interface StoredAuthorization {
  /** The payment id from the authorization's result. */
  readonly id: string;
  /** The authorized amount, whole yen (`result.authorizedAmount`). */
  readonly amount: string;
  /** Always `JPY`. */
  readonly currency?: "JPY";
  /** The merchant reference code to send with the follow-up. */
  readonly code?: string;
  /** The transaction id the authorization was sent with. */
  readonly transactionId?: string;
  /**
   * The authorization's JPO data (payment method, installments, first billing month, bonuses).
   * A capture restates it and fails validation without it: send `{ paymentMethod: "10" }` to
   * capture a single payment stored without it.
   */
  readonly japanPaymentOptions?: StoredJpoOptions;
}

/** A stored authorization as a follow-up reference; its id must be safe in a URL path. */
export function storedRef(label: string, stored: StoredAuthorization): AuthorizationRef {
  if (!isPaymentId(stored?.id)) {
    const message = "must be the payment id of the authorization (1-26 letters and digits).";
    const source = "SPEC2026 ptsV2PaymentsPost201Response id (maxLength 26)";
    throw new JpoValidationError(label, [
      { path: "id", rule: "pattern", message, severity: "error", source },
    ]);
  }
  return {
    id: stored.id,
    amount: stored.amount,
    code: text(stored.code),
    options: stored.japanPaymentOptions,
  };
}
