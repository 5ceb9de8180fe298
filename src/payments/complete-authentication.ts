import { CybersourceJpoError } from "../errors.js";
import { dig, isObject } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";
import { callOptions } from "./call-options.js";
import type { Runtime } from "../transport/index.js";
import {
  requestOf,
  type AuthenticatedRequest,
  type PendingAuthentication,
  type StoredAuthentication,
} from "./authentication.js";
import type { AuthorizationResult } from "./authorization-outcome.js";
import { authorizeWith } from "./authorize.js";

/** Options of one `completeAuthentication` call. */
export interface CompleteAuthenticationOptions {
  /** Aborts the request. Once it may have been sent, the outcome is unknown (see the error). */
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /**
   * The capture context of the request's transient token, as for `authorize`: required for a
   * transient token when the client has `verifyTransientTokens: true`.
   */
  readonly captureContext?: string;
}

/**
 * Sends the authorization of a challenged payment again with
 * `actionList: ["VALIDATE_CONSUMER_AUTHENTICATION"]` and the step-up's
 * `authenticationTransactionId`, and resolves as `authorize` does (Cybersource sample
 * authorization-with-payer-auth-validation.js). `CONSUMER_AUTHENTICATION` and the setup's
 * `referenceId` and `returnUrl` are dropped; other actions (`TOKEN_CREATE`) are kept.
 */
export async function completeAuthentication(
  rt: Runtime,
  pending: PendingAuthentication | StoredAuthentication,
  given?: CompleteAuthenticationOptions,
): Promise<AuthorizationResult> {
  const options = callOptions(label, given, ["signal", "timeoutMs", "captureContext"]);
  const { authenticationTransactionId, request } = resolve(pending);
  const processing = dig(request, "processingInformation");
  const listed = dig(processing, "actionList");
  const actions = (Array.isArray(listed) ? listed : []).filter(
    (action) =>
      action !== "CONSUMER_AUTHENTICATION" && action !== "VALIDATE_CONSUMER_AUTHENTICATION",
  );
  const first = dig(request, "consumerAuthenticationInformation");
  const cai: Record<string, unknown> = isObject(first) ? { ...first } : {};
  delete cai["referenceId"];
  delete cai["returnUrl"];
  const validation = {
    ...request,
    processingInformation: {
      ...(isObject(processing) ? processing : {}),
      actionList: ["VALIDATE_CONSUMER_AUTHENTICATION", ...actions],
    },
    consumerAuthenticationInformation: { ...cai, authenticationTransactionId },
  } as unknown as AuthenticatedRequest;
  return authorizeWith(rt, validation, options, "completeAuthentication");
}

const label = "completeAuthentication (POST /pts/v2/payments)";

/**
 * The transaction id and the first request: from a pending result of this client, or from the
 * caller's records (one snapshot of them, whatever their shape).
 */
function resolve(pending: unknown): {
  authenticationTransactionId: unknown;
  request: Record<string, unknown>;
} {
  if (isObject(pending)) {
    const remembered = requestOf(pending);
    const id = dig(pending, "stepUp", "authenticationTransactionId");
    if (remembered !== undefined && id !== undefined) {
      return { authenticationTransactionId: id, request: { ...remembered } };
    }
    const taken = snapshotOrThrow(label, pending);
    const request = dig(taken, "request");
    const storedId = dig(taken, "authenticationTransactionId");
    if (isObject(request) && storedId !== undefined) {
      return { authenticationTransactionId: storedId, request };
    }
  }
  throw new CybersourceJpoError(
    "AUTHENTICATION_NOT_PENDING",
    "completeAuthentication: pass a PENDING_AUTHENTICATION result of this client, or { authenticationTransactionId, request } from your records.",
  );
}
