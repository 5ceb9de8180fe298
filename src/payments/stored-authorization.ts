import type { components } from "../../generated/openapi.js";
import { JpoValidationError } from "../errors.js";
import { isPaymentId } from "../internal/json.js";
import type { AuthorizationRef } from "./follow-up.js";

/**
 * An authorization stored by the caller, for capturing or reversing it later (for example at
 * shipment) with `client.capture` / `client.reverse`.
 */
export interface StoredAuthorization {
  /** The payment id from the authorization's result. */
  readonly id: string;
  /** The authorized amount, whole yen (`result.authorizedAmount`). */
  readonly amount: string;
  /** The authorization's `japanPaymentOptions`, restated at capture when given. */
  readonly japanPaymentOptions?: components["schemas"]["JapanPaymentOptions"];
  /** The merchant reference code to send with the follow-up. */
  readonly code?: string;
}

/** A stored authorization as a follow-up reference; its id must be safe in a URL path. */
export function storedRef(label: string, stored: StoredAuthorization): AuthorizationRef {
  if (!isPaymentId(stored?.id)) {
    const message = "must be the payment id of the authorization (1-26 letters and digits).";
    throw new JpoValidationError(label, [{ path: "id", rule: "pattern", message }]);
  }
  return {
    id: stored.id,
    amount: stored.amount,
    code: stored.code,
    options: stored.japanPaymentOptions,
  };
}
