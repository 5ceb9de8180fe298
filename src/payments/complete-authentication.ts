import { CybersourceJpoError } from "../errors.js";
import type { Runtime } from "../transport/index.js";
import {
  requestOf,
  type AuthenticatedRequest,
  type PendingAuthentication,
  type StoredAuthentication,
} from "./authentication.js";
import type { AuthorizationResult } from "./authorization-outcome.js";
import { authorize } from "./authorize.js";

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
export function completeAuthentication(
  rt: Runtime,
  pending: PendingAuthentication | StoredAuthentication,
  options: CompleteAuthenticationOptions = {},
): Promise<AuthorizationResult> {
  const { authenticationTransactionId, request } = resolve(pending);
  const processing = request.processingInformation as { actionList?: readonly string[] };
  const actions = (processing.actionList ?? []).filter(
    (action) =>
      action !== "CONSUMER_AUTHENTICATION" && action !== "VALIDATE_CONSUMER_AUTHENTICATION",
  );
  const cai = {
    ...(request as { consumerAuthenticationInformation?: object })
      .consumerAuthenticationInformation,
  };
  delete (cai as Record<string, unknown>)["referenceId"];
  delete (cai as Record<string, unknown>)["returnUrl"];
  const validation = {
    ...request,
    processingInformation: {
      ...request.processingInformation,
      actionList: ["VALIDATE_CONSUMER_AUTHENTICATION", ...actions],
    },
    consumerAuthenticationInformation: { ...cai, authenticationTransactionId },
  } as unknown as AuthenticatedRequest;
  const given = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.captureContext === undefined ? {} : { captureContext: options.captureContext }),
  };
  return authorize(rt, validation, given, "completeAuthentication");
}

function resolve(pending: PendingAuthentication | StoredAuthentication): StoredAuthentication {
  if ("request" in pending && "authenticationTransactionId" in pending) return pending;
  const request = typeof pending === "object" && pending !== null ? requestOf(pending) : undefined;
  const id = (pending as PendingAuthentication | undefined)?.stepUp?.authenticationTransactionId;
  if (request === undefined || id === undefined) {
    throw new CybersourceJpoError(
      "AUTHENTICATION_NOT_PENDING",
      "completeAuthentication: pass a PENDING_AUTHENTICATION result of this client, or { authenticationTransactionId, request } from your records.",
    );
  }
  return { authenticationTransactionId: id, request };
}
