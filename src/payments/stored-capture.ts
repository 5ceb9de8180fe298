import { JpoValidationError } from "../errors.js";
import { isObject, isPaymentId } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";

/**
 * A capture stored by the caller, for refunding or voiding it later with `client.refund` /
 * `client.void`. `capture.toStoredCapture()` makes one; it is plain JSON, safe to store.
 */
export interface StoredCapture {
  /** The capture's id (for a sale, the payment id of the authorization sent with capture). */
  readonly id: string;
  /** The amount captured, whole yen: what a refund gives back by default. */
  readonly amount: string;
  /** Always `JPY`. */
  readonly currency?: "JPY";
  /** The merchant reference code to send with the refund. */
  readonly code?: string;
  /** The transaction id the capture was sent with. */
  readonly transactionId?: string;
  /**
   * True when `id` is a sale (an authorization sent with `capture: true`): it is refunded with
   * `POST /pts/v2/payments/{id}/refunds` rather than `/pts/v2/captures/{id}/refunds`.
   */
  readonly sale?: boolean;
}

/** What a refund needs to know of the capture (or sale) it refunds. */
export interface CaptureRef {
  readonly id: string;
  readonly amount: string;
  readonly code: string | undefined;
  readonly sale: boolean;
}

const source = "SPEC2026 ptsV2PaymentsCapturesPost201Response id (maxLength 26); StoredCapture";

/** A stored capture as a refund reference; its id must be safe in a URL path. */
export function storedCaptureRef(label: string, payment: StoredCapture): CaptureRef {
  const taken = snapshotOrThrow(label, payment);
  const stored = (isObject(taken) ? taken : {}) as Record<string, unknown>;
  const problems = [
    !isPaymentId(stored["id"]) && {
      path: "id",
      rule: "pattern",
      message: "must be the id of the capture (1-26 letters and digits).",
    },
    (typeof stored["amount"] !== "string" || !/^\d+(\.0+)?$/u.test(stored["amount"])) && {
      path: "amount",
      rule: "type",
      message: 'must be the captured amount as a string of whole yen, e.g. "120000".',
    },
    stored["code"] !== undefined &&
      typeof stored["code"] !== "string" && {
        path: "code",
        rule: "type",
        message: "must be a string.",
      },
    stored["sale"] !== undefined &&
      typeof stored["sale"] !== "boolean" && {
        path: "sale",
        rule: "type",
        message: "must be a boolean.",
      },
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new JpoValidationError(
      label,
      problems.map((problem) => ({ ...problem, severity: "error" as const, source })),
    );
  }
  return {
    id: stored["id"] as string,
    amount: stored["amount"] as string,
    code: stored["code"] as string | undefined,
    sale: stored["sale"] === true,
  };
}
