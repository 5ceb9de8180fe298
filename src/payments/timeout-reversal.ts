import type { components } from "../../generated/openapi.js";
import { timeoutReversalRequestRule } from "../../generated/rules.js";
import { JpoValidationError } from "../errors.js";
import { takeSnapshot, wholeYen } from "../rules/index.js";
import { callOptions } from "./call-options.js";
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
  options?: ReverseOptions,
): Promise<ReversalResult> {
  const label = "reverseTimedOut (POST /pts/v2/reversals)";
  const { reason, signal } = callOptions(label, options, ["reason", "signal"]);
  // One snapshot of the caller's request; wrong types are then reported by the spec's rule.
  const taken = takeSnapshot(request);
  if (taken.issues.length > 0) throw new JpoValidationError(label, taken.issues);
  const given = (typeof taken.value === "object" && taken.value !== null ? taken.value : {}) as {
    [K in keyof TimeoutReversalRequest]?: unknown;
  };
  const amount = typeof given.amount === "string" ? wholeYen(given.amount).amount : given.amount;
  const currency =
    typeof given.currency === "string" ? given.currency.toUpperCase() : given.currency;
  // Cybersource's example puts the currency in reversalInformation, its field list in
  // orderInformation; both are sent so that either reading is met (see the spec).
  const body = {
    clientReferenceInformation: { transactionId: given.transactionId },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency },
      ...because((given.reason ?? reason) as string | undefined),
    },
    orderInformation: { amountDetails: { currency } },
  } as Schemas["TimeoutReversalRequest"];
  return reversal(rt, amount as string, signal, {
    operation: "reverseTimedOut",
    path: "/pts/v2/reversals",
    body,
    rule: timeoutReversalRequestRule,
    call: (init) => rt.api.POST("/pts/v2/reversals", { body, parseAs: "text", ...init }),
  });
}
