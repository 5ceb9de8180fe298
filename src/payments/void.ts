import type { components } from "../../generated/openapi.js";
import { voidRequestRule } from "../../generated/rules.js";
import { JpoValidationError } from "../errors.js";
import { isPaymentId, text } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import type { AdditionalFields } from "./additional-fields.js";
import { callOptions } from "./call-options.js";
import { answered, prepare, reference, send, type FollowUp } from "./follow-up.js";

type Schemas = components["schemas"];

/** What can be voided by id: a capture, a refund, or a credit (made elsewhere). */
export type VoidKind = "capture" | "refund" | "credit";

/** What `client.void` voids: `{ kind: "capture", id }` from a capture's result or stored form. */
export interface VoidTarget {
  /** `capture`, `refund` or `credit`. */
  readonly kind: VoidKind;
  /** The id of the capture, refund or credit, from its result. */
  readonly id: string;
}

/** Options of a void by id. */
export interface VoidByIdOptions {
  /** The merchant reference code to send; default the one of the transaction voided, if known. */
  readonly code?: string;
  /** Fields the SDK does not describe, merged into the body; each is reported as a warning. */
  readonly additionalFields?: AdditionalFields;
  /** Aborts the void and its retries. */
  readonly signal?: AbortSignal;
}

/** The outcome of a void by id. */
export interface TransactionVoidResult {
  /** `VOIDED`: the capture, refund or credit is cancelled and will not settle. */
  readonly status: "VOIDED";
  /** The void's id. */
  readonly id: string | undefined;
  /** What was voided. */
  readonly kind: VoidKind;
  /** The id of the capture, refund or credit voided. */
  readonly voidedId: string;
  /** The `clientReferenceInformation.transactionId` the void was sent with. */
  readonly transactionId: string;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received. */
  readonly raw: Schemas["VoidResponse"];
}

const kinds: readonly VoidKind[] = ["capture", "refund", "credit"];

/**
 * Voids a capture, refund or credit by id (`POST /pts/v2/{captures|refunds|credits}/{id}/voids`),
 * before it is sent to the processor; after that Cybersource answers 400 `NOT_VOIDABLE`: refund
 * instead. Retried on network errors and 502/503/504: a void names one transaction and voids it
 * at most once (a retry that finds it voided is answered `NOT_VOIDABLE` and thrown).
 */
export async function voidById(
  rt: Runtime,
  target: VoidTarget,
  options?: VoidByIdOptions,
  knownCode?: string,
): Promise<TransactionVoidResult> {
  const { kind, id } = voidTarget(target);
  const path = `/pts/v2/${kind}s/${id}/voids` as const;
  const call = callOptions(`void (POST ${path})`, options, ["code", "signal", "additionalFields"]);
  const transactionId = rt.newTransactionId();
  const { body, issues } = prepare(
    rt,
    reference(call.code ?? knownCode, transactionId) satisfies Schemas["VoidRequest"],
    call.additionalFields,
  );
  const followUp: FollowUp = {
    operation: "void",
    path,
    body,
    rule: voidRequestRule,
    issues,
  };
  const sent = await send(rt, followUp, call.signal);
  const raw = answered<Schemas["VoidResponse"]>(followUp, sent);
  return Object.freeze({
    status: "VOIDED",
    id: text(raw.id),
    kind,
    voidedId: id,
    transactionId,
    correlationId: sent.correlationId,
    raw,
  });
}

/** The target, snapshotted and checked: a known kind and an id safe in a URL path. */
function voidTarget(target: VoidTarget): VoidTarget {
  const label = "void";
  const taken = snapshotOrThrow(label, target, "target");
  const value = (taken ?? {}) as { kind?: unknown; id?: unknown };
  const source = "cybersource-rest-client 0.0.83 VoidApi.md (voidCapture, voidRefund, voidCredit)";
  const issues = [
    !kinds.includes(value.kind as VoidKind) && {
      path: "kind",
      rule: "enum",
      message: 'must be "capture", "refund" or "credit".',
    },
    !isPaymentId(value.id) && {
      path: "id",
      rule: "pattern",
      message: "must be the id of the capture, refund or credit (1-26 letters and digits).",
    },
  ].filter((issue) => issue !== false);
  if (issues.length > 0) {
    throw new JpoValidationError(
      label,
      issues.map((issue) => ({ ...issue, severity: "error" as const, source })),
    );
  }
  return { kind: value.kind as VoidKind, id: value.id as string };
}
