import type { components } from "../../generated/openapi.js";
import { timeoutVoidRequestRule } from "../../generated/rules.js";
import { text } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import { callOptions } from "./call-options.js";
import { answered, send, type FollowUp } from "./follow-up.js";

type Schemas = components["schemas"];
const label = "voidTimedOut (POST /pts/v2/voids)";

/** Options of a timeout void. */
export interface VoidOptions {
  /** Aborts the void, its retries and the wait before it. */
  readonly signal?: AbortSignal;
}

/** What `client.voidTimedOut` needs: the transaction id the capture was sent with. */
export interface TimeoutVoidRequest {
  /** The `clientReferenceInformation.transactionId` of the capture whose outcome is unknown. */
  readonly transactionId: string;
}

/** The outcome of a timeout void. */
export interface VoidResult {
  /** `VOIDED`: the capture is cancelled and will not settle. */
  readonly status: "VOIDED";
  /** The void's id. */
  readonly id: string | undefined;
  /** The transaction id of the capture voided. */
  readonly transactionId: string;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received. */
  readonly raw: Schemas["VoidResponse"];
}

/**
 * Voids a capture whose outcome is unknown, by the transaction id it was sent with
 * (`POST /pts/v2/voids`, Cybersource's timeout void). Retried on network errors and
 * 502/503/504, like the timeout reversal: it names one capture and voids it at most once.
 */
export async function voidTimedOut(
  rt: Runtime,
  request: TimeoutVoidRequest,
  options?: VoidOptions,
): Promise<VoidResult> {
  const { signal } = callOptions(label, options, ["signal"]);
  const taken = snapshotOrThrow(label, request);
  const transactionId = (taken as { transactionId?: unknown } | undefined)?.transactionId;
  const body = { clientReferenceInformation: { transactionId } } as Schemas["TimeoutVoidRequest"];
  const followUp: FollowUp = {
    operation: "voidTimedOut",
    path: "/pts/v2/voids",
    body,
    rule: timeoutVoidRequestRule,
  };
  const sent = await send(rt, followUp, signal);
  const raw = answered<Schemas["VoidResponse"]>(followUp, sent);
  return Object.freeze({
    status: "VOIDED",
    id: text(raw.id),
    transactionId: body.clientReferenceInformation.transactionId,
    correlationId: sent.correlationId,
    raw,
  });
}
