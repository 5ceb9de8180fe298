import type { components } from "../../generated/openapi.js";
import type { ObjectRule } from "../../generated/rules.js";
import { JpoValidationError, TransportError, type ValidationIssue } from "../errors.js";
import type { OperationName } from "../hooks.js";
import { checkRule } from "../rules/index.js";
import type { StoredJpoOptions } from "./capture-options.js";
import { mergeAdditional, withPartner, type AdditionalFields } from "./additional-fields.js";
import {
  redactedJson,
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
  /** The authorization's JPO options (as sent, or as stored), restated at capture. */
  readonly options: Schemas["JapanPaymentOptions"] | StoredJpoOptions | undefined;
}

/** One follow-up request: checked against its spec rule, then sent with retries. */
export interface FollowUp {
  readonly operation: OperationName;
  readonly path: string;
  readonly body: unknown;
  readonly rule: ObjectRule;
  /** Issues found while building the body (additional fields, stored JPO data). */
  readonly issues?: readonly ValidationIssue[];
  /** Dotted paths whose `required` rule is waived (e.g. by a token card source). */
  readonly optional?: ReadonlySet<string>;
}

/**
 * The body to send: the client's partner added, then the call's `additionalFields` merged in,
 * with an issue for each field they add (a warning) or would replace (an error).
 */
export function prepare<T extends object>(
  rt: Runtime,
  body: T,
  additionalFields: AdditionalFields | undefined,
): { readonly body: T; readonly issues: ValidationIssue[] } {
  return mergeAdditional(withPartner(rt, body), additionalFields);
}

/**
 * `clientReferenceInformation`: the follow-up's own transaction id (what a timeout void or a
 * lookup finds it by), and the authorization's code when it had one.
 */
export const reference = (code: string | undefined, transactionId: string) => ({
  clientReferenceInformation: code === undefined ? { transactionId } : { code, transactionId },
});

/**
 * Checks a follow-up's body: the issues found while building it (additional fields, stored JPO
 * data) and its spec rule. Throws `JpoValidationError` on any error; returns the warnings.
 */
export function checkFollowUp(followUp: FollowUp): ValidationIssue[] {
  const extra = followUp.issues ?? [];
  // Fields added by additionalFields are unchecked by design: the spec rule skips them.
  const added = new Set(extra.filter((i) => i.rule === "additional-field").map((i) => i.path));
  // A field the builder already reports as an error is not reported twice.
  const reported = new Set(extra.filter((i) => i.severity === "error").map((i) => i.path));
  const optional = followUp.optional === undefined ? {} : { optional: followUp.optional };
  const checked = checkRule(followUp.body, followUp.rule, optional).filter(
    (issue) =>
      !(issue.rule === "unknown-field" && [...added].some((p) => p.startsWith(issue.path))) &&
      !reported.has(issue.path),
  );
  const issues = [...extra, ...checked];
  if (issues.some((issue) => issue.severity === "error")) {
    throw new JpoValidationError(label(followUp), issues);
  }
  return issues;
}

/** Checks a follow-up, then sends it with the retries that are safe (reversals, voids). */
export async function send(rt: Runtime, followUp: FollowUp, signal: AbortSignal | undefined) {
  return sendChecked(rt, followUp, signal, checkFollowUp(followUp));
}

/** Sends a follow-up already checked (its `warnings` shown to the hooks), with safe retries. */
export async function sendChecked(
  rt: Runtime,
  followUp: FollowUp,
  signal: AbortSignal | undefined,
  warnings: readonly ValidationIssue[],
) {
  const { operation, path, body } = followUp;
  return withRetry(rt, label(followUp), {
    operation,
    path,
    body,
    timeoutMs: rt.timeoutMs,
    signal,
    warnings,
  });
}

/** How errors name a follow-up: its operation, method and path. */
export const label = (followUp: FollowUp) => `${followUp.operation} (POST ${followUp.path})`;

/** The body of a successful answer; an error answer or an unreadable success throws. */
export function answered<T>(followUp: FollowUp, sent: Exchanged): T {
  if (sent.httpStatus < 200 || sent.httpStatus > 299) throw toApiError(label(followUp), sent);
  if (typeof sent.json !== "object" || sent.json === null || Array.isArray(sent.json)) {
    const what = `HTTP ${sent.httpStatus} came without a readable body; check the payment's state before trying again`;
    throw new TransportError(label(followUp), what);
  }
  // Masked: a server may echo card data in any field.
  return redactedJson(sent) as T;
}
