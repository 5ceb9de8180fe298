import { JpoValidationError } from "../errors.js";
import { isObject, isPaymentId } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";
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
export function storedRef(label: string, payment: StoredAuthorization): AuthorizationRef {
  // One snapshot of the caller's record: each field read once, never written to.
  const taken = snapshotOrThrow(label, payment);
  const stored = (isObject(taken) ? taken : {}) as Record<string, unknown>;
  const problems = [
    !isPaymentId(stored["id"]) && {
      path: "id",
      message: "must be the payment id of the authorization (1-26 letters and digits).",
    },
    (typeof stored["amount"] !== "string" || !/^\d+(\.0+)?$/u.test(stored["amount"])) && {
      path: "amount",
      message: 'must be the authorized amount as a string of whole yen, e.g. "120000".',
    },
    stored["code"] !== undefined &&
      typeof stored["code"] !== "string" && { path: "code", message: "must be a string." },
    stored["japanPaymentOptions"] !== undefined &&
      (!isObject(stored["japanPaymentOptions"]) ||
        Array.isArray(stored["japanPaymentOptions"])) && {
        path: "japanPaymentOptions",
        message: "must be the authorization's japanPaymentOptions object.",
      },
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new JpoValidationError(
      label,
      problems.map((problem) => ({
        ...problem,
        rule: problem.path === "id" ? "pattern" : "type",
        severity: "error" as const,
        source: "SPEC2026 ptsV2PaymentsPost201Response id (maxLength 26); StoredAuthorization",
      })),
    );
  }
  return {
    id: stored["id"] as string,
    amount: stored["amount"] as string,
    code: stored["code"] as string | undefined,
    options: stored["japanPaymentOptions"] as StoredJpoOptions | undefined,
  };
}
