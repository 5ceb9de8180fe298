import type { components } from "../../generated/openapi.js";
import type { ObjectRule } from "../../generated/rules.js";
import { JpoValidationError, TransportError } from "../errors.js";
import type { OperationName } from "../hooks.js";
import { checkRule } from "../rules/index.js";
import { redact } from "../redact.js";
import {
  type Call,
  type Exchanged,
  type Runtime,
  toApiError,
  withRetry,
} from "../transport/index.js";

type Schemas = components["schemas"];

/** What a follow-up needs to know of the authorization it follows. */
export interface AuthorizationRef {
  readonly id: string;
  readonly amount: string;
  readonly code: string | undefined;
  /** The authorization's JPO options, restated at capture when known. */
  readonly options: Schemas["JapanPaymentOptions"] | undefined;
}

/** One follow-up request: checked against its spec rule, then sent with retries. */
export interface FollowUp {
  readonly operation: OperationName;
  readonly path: string;
  readonly body: unknown;
  readonly rule: ObjectRule;
  readonly call: Call;
}

/**
 * `clientReferenceInformation`: the follow-up's own transaction id (what a timeout void or a
 * lookup finds it by), and the authorization's code when it had one.
 */
export const reference = (code: string | undefined, transactionId: string) => ({
  clientReferenceInformation: code === undefined ? { transactionId } : { code, transactionId },
});

/** Checks a follow-up against its spec rule, then sends it with the retries that are safe. */
export async function send(rt: Runtime, followUp: FollowUp, signal: AbortSignal | undefined) {
  const issues = checkRule(followUp.body, followUp.rule);
  if (issues.length > 0) throw new JpoValidationError(label(followUp), issues);
  const { operation, path, body, call } = followUp;
  return withRetry(rt, label(followUp), {
    operation,
    path,
    body,
    timeoutMs: rt.timeoutMs,
    signal,
    call,
  });
}

const label = (followUp: FollowUp) => `${followUp.operation} (POST ${followUp.path})`;

/** The body of a successful answer; an error answer or an unreadable success throws. */
export function answered<T>(followUp: FollowUp, sent: Exchanged): T {
  if (sent.httpStatus < 200 || sent.httpStatus > 299) throw toApiError(label(followUp), sent);
  if (typeof sent.json !== "object" || sent.json === null || Array.isArray(sent.json)) {
    const what = `HTTP ${sent.httpStatus} came without a readable body; check the payment's state before trying again`;
    throw new TransportError(label(followUp), what);
  }
  // Masked: a server may echo card data in any field.
  return redact(sent.json) as T;
}
