import type { components } from "../../generated/openapi.js";
import { timeoutReversalRequestRule } from "../../generated/rules.js";
import { wholeYen } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import { prepare } from "./follow-up.js";
import {
  because,
  reversal,
  type ReversalReason,
  type ReversalResult,
  type ReverseOptions,
} from "./reverse.js";

type Schemas = components["schemas"];

/** Options of `client.reverseTimedOut`. */
export interface TimeoutReversalRequest {
  /**
   * The `clientReferenceInformation.transactionId` the authorization was sent with: any id
   * `authorize` accepts (1-30 characters).
   */
  readonly transactionId: string;
  /** The amount that was requested, whole yen. */
  readonly amount: string;
  /** `JPY`, in any case. */
  readonly currency: string;
  /** Cybersource's reason code, sent only when given: `"34"`, suspected fraud. */
  readonly reason?: ReversalReason;
}

/** Reverses an authorization whose outcome is unknown, by its transaction id. */
export async function reverseTimedOut(
  rt: Runtime,
  request: TimeoutReversalRequest,
  options: ReverseOptions = {},
): Promise<ReversalResult> {
  const amount = wholeYen(request.amount).amount;
  const currency = request.currency.toUpperCase() as "JPY";
  // The currency goes where Cybersource's example puts it; orderInformation.amountDetails is not
  // in Cybersource's reversal model (cybersource-rest-client 0.0.83 MitReversalRequest).
  const { body, issues } = prepare(
    rt,
    {
      clientReferenceInformation: { transactionId: request.transactionId },
      reversalInformation: {
        amountDetails: { totalAmount: amount, currency },
        ...because(request.reason ?? options.reason),
      },
    } satisfies Schemas["TimeoutReversalRequest"],
    options.additionalFields,
  );
  return reversal(rt, amount, options.signal, {
    operation: "reverseTimedOut",
    path: "/pts/v2/reversals",
    body,
    rule: timeoutReversalRequestRule,
    issues,
    call: (init) => rt.api.POST("/pts/v2/reversals", { body, parseAs: "text", ...init }),
  });
}
