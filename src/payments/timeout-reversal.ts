import type { components } from "../../generated/openapi.js";
import { timeoutReversalRequestRule } from "../../generated/rules.js";
import { snapshotOrThrow, wholeYen } from "../rules/index.js";
import { callOptions } from "./call-options.js";
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
  options?: ReverseOptions,
): Promise<ReversalResult> {
  const label = "reverseTimedOut (POST /pts/v2/reversals)";
  const call = callOptions(label, options, ["reason", "signal", "additionalFields"]);
  // One snapshot of the caller's request; wrong types are then reported by the spec's rule.
  const taken = snapshotOrThrow(label, request);
  const given = (typeof taken === "object" && taken !== null ? taken : {}) as {
    [K in keyof TimeoutReversalRequest]?: unknown;
  };
  const amount = typeof given.amount === "string" ? wholeYen(given.amount).amount : given.amount;
  const currency =
    typeof given.currency === "string" ? given.currency.toUpperCase() : given.currency;
  // The currency goes where Cybersource's example puts it; orderInformation.amountDetails is not
  // in Cybersource's reversal model (cybersource-rest-client 0.0.83 MitReversalRequest).
  const { body, issues } = prepare(
    rt,
    {
      clientReferenceInformation: { transactionId: given.transactionId },
      reversalInformation: {
        amountDetails: { totalAmount: amount, currency },
        ...because((given.reason ?? call.reason) as ReversalReason | undefined),
      },
    } as Schemas["TimeoutReversalRequest"],
    call.additionalFields,
  );
  return reversal(rt, amount as string, call.signal, {
    operation: "reverseTimedOut",
    path: "/pts/v2/reversals",
    body,
    rule: timeoutReversalRequestRule,
    issues,
  });
}
