import type { components } from "../../generated/openapi.js";
import { timeoutReversalRequestRule } from "../../generated/rules.js";
import { wholeYen } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import { because, reversal, type ReversalResult, type ReverseOptions } from "./reverse.js";

type Schemas = components["schemas"];

/** Options of `client.reverseTimedOut`. */
export interface TimeoutReversalRequest {
  /** The `clientReferenceInformation.transactionId` the authorization was sent with. */
  readonly transactionId: string;
  /** The amount that was requested, whole yen. */
  readonly amount: string;
  /** `JPY`, in any case. */
  readonly currency: string;
  /** A short reason kept with the reversal. */
  readonly reason?: string;
}

/** Reverses an authorization whose outcome is unknown, by its transaction id. */
export async function reverseTimedOut(
  rt: Runtime,
  request: TimeoutReversalRequest,
  options: ReverseOptions = {},
): Promise<ReversalResult> {
  const amount = wholeYen(request.amount).amount;
  const currency = request.currency.toUpperCase() as "JPY";
  // Cybersource's example puts the currency in reversalInformation, its field list in
  // orderInformation; both are sent so that either reading is met (see the spec).
  const body: Schemas["TimeoutReversalRequest"] = {
    clientReferenceInformation: { transactionId: request.transactionId },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency },
      ...because(request.reason ?? options.reason),
    },
    orderInformation: { amountDetails: { currency } },
  };
  return reversal(rt, amount, options.signal, {
    operation: "reverseTimedOut",
    path: "/pts/v2/reversals",
    body,
    rule: timeoutReversalRequestRule,
    call: (init) => rt.api.POST("/pts/v2/reversals", { body, parseAs: "text", ...init }),
  });
}
