import { CAPTURABLE, REVERSIBLE } from "./authorization-response.js";
import type { MockAuthorization } from "./records.js";
import { invalidRequest, type Reply } from "./reply.js";
import type { FollowUpErrorReason } from "./wire.js";

/** The authorization a capture or reversal applies to, or the 400 that refuses it. */
export type FollowUpTarget =
  | { readonly ok: true; readonly authorization: MockAuthorization }
  | { readonly ok: false; readonly reply: Reply };

/**
 * Checks that `authorization` exists and can take the operation. Cybersource answers an unknown payment id with 400 `MISSING_AUTH` rather than 404,
 * and the mock does the same for an authorization that holds nothing to capture or reverse
 * (declined, or held for review when capturing).
 */
export function followUpTarget(
  authorization: MockAuthorization | undefined,
  operation: "capture" | "reversal",
  at: Date,
): FollowUpTarget {
  if (authorization === undefined) {
    return refuse("MISSING_AUTH", "Declined - The authorization was not found", at);
  }
  if (authorization.state === "REVERSED") {
    return refuse(
      "AUTH_ALREADY_REVERSED",
      "Declined - The authorization has already been reversed.",
      at,
    );
  }
  if (authorization.state === "CAPTURED") {
    return refuse(
      "TRANSACTION_ALREADY_SETTLED",
      "Declined - The authorization has already been captured.",
      at,
    );
  }
  const allowed = operation === "capture" ? CAPTURABLE : REVERSIBLE;
  if (!allowed.has(authorization.status)) {
    return refuse(
      "MISSING_AUTH",
      `Declined - A ${authorization.status} authorization cannot take a ${operation}`,
      at,
    );
  }
  return { ok: true, authorization };
}

function refuse(reason: FollowUpErrorReason, message: string, at: Date): FollowUpTarget {
  return { ok: false, reply: invalidRequest(reason, message, at) };
}

/** 400 INVALID_DATA-style refusal of an amount, naming the field. */
export function refuseAmount(
  reason: "EXCEEDS_AUTH_AMOUNT" | "INVALID_AMOUNT",
  message: string,
  field: string,
  at: Date,
): Reply {
  return invalidRequest(reason, message, at, [{ field, reason: "INVALID_DATA" }]);
}
