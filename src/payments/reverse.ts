import type { components } from "../../generated/openapi.js";
import { authorizationReversalRequestRule } from "../../generated/rules.js";
import { text } from "../internal/json.js";
import type { Runtime } from "../transport/index.js";
import type { AdditionalFields } from "./additional-fields.js";
import { callOptions } from "./call-options.js";
import {
  answered,
  prepare,
  reference,
  send,
  type AuthorizationRef,
  type FollowUp,
} from "./follow-up.js";

type Schemas = components["schemas"];

/** Cybersource's reversal reason code: `34`, suspected fraud (the only value it defines). */
export type ReversalReason = Schemas["ReversalReason"];

/** Options of a reversal. */
export interface ReverseOptions {
  /**
   * Cybersource's reason code, sent only when given: `"34"` means suspected fraud. Cybersource
   * defines no other value (free text has been seen rejected with `INVALID_DATA`).
   */
  readonly reason?: ReversalReason;
  /** Fields the SDK does not describe, merged into the body; each is reported as a warning. */
  readonly additionalFields?: AdditionalFields;
  /** Aborts the reversal, its retries and, for a timeout reversal, the wait before it. */
  readonly signal?: AbortSignal;
}

/** The outcome of a reversal. */
export interface ReversalResult {
  /** `REVERSED`: the held funds are released. */
  readonly status: "REVERSED";
  /** The reversal's id; `undefined` when `alreadyReversed`. */
  readonly id: string | undefined;
  /** The amount released, whole yen. */
  readonly amount: string;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /**
   * True when a retried reversal was answered `AUTH_ALREADY_REVERSED`: an earlier try of the same
   * reversal had succeeded but its response was lost.
   */
  readonly alreadyReversed: boolean;
  /** The response body as received; `undefined` when `alreadyReversed`. */
  readonly raw: Schemas["ReversalResponse"] | undefined;
}

/** `reversalInformation.reason`, when one was given. */
export const because = (reason: ReversalReason | undefined) =>
  reason === undefined ? {} : { reason };

/** Reverses an authorization known by id, for its full amount. */
export async function reverse(
  rt: Runtime,
  auth: AuthorizationRef,
  options?: ReverseOptions,
): Promise<ReversalResult> {
  const label = `reverse (POST /pts/v2/payments/${auth.id}/reversals)`;
  const call = callOptions(label, options, ["reason", "signal", "additionalFields"]);
  // One transaction id for every try of this reversal: a retry is the same request.
  const { body, issues } = prepare(
    rt,
    {
      ...reference(auth.code, rt.newTransactionId()),
      reversalInformation: {
        amountDetails: { totalAmount: auth.amount, currency: "JPY" },
        ...because(call.reason as ReversalReason | undefined),
      },
    } satisfies Schemas["AuthorizationReversalRequest"],
    call.additionalFields,
  );
  return reversal(rt, auth.amount, call.signal, {
    operation: "reverse",
    path: `/pts/v2/payments/${auth.id}/reversals`,
    body,
    rule: authorizationReversalRequestRule,
    issues,
  });
}

/** Sends a reversal; a retried one answered "already reversed" means an earlier try worked. */
export async function reversal(
  rt: Runtime,
  amount: string,
  signal: AbortSignal | undefined,
  followUp: FollowUp,
): Promise<ReversalResult> {
  const sent = await send(rt, followUp, signal);
  const reason = (sent.json as { reason?: unknown } | undefined)?.reason;
  const correlationId = sent.correlationId;
  // A retried reversal answered "already reversed" means an earlier try worked.
  if (sent.httpStatus === 400 && reason === "AUTH_ALREADY_REVERSED" && sent.attempt > 1) {
    return Object.freeze({
      status: "REVERSED",
      id: undefined,
      amount,
      correlationId,
      alreadyReversed: true,
      raw: undefined,
    });
  }
  const raw = answered<Schemas["ReversalResponse"]>(followUp, sent);
  return Object.freeze({
    status: "REVERSED",
    id: text(raw.id),
    amount,
    correlationId,
    alreadyReversed: false,
    raw,
  });
}
