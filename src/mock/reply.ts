import { submitTimeUtc } from "./ids.js";
import type { FieldProblem } from "./request-schema.js";
import type {
  AuthenticationFailedResponse,
  AuthorizationErrorReason,
  FollowUpErrorReason,
  ServerErrorResponse,
} from "./wire.js";

/**
 * How a reply reaches the client: normally, after `slowResponseMs`, not at all (the connection
 * is reset), or as a body cut in half.
 */
export type Delivery = "normal" | "slow" | "reset" | "truncated";

/** What a handler answers; the server writes it. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly contentType: string;
  readonly delivery: Delivery;
  readonly headers?: Readonly<Record<string, string>>;
  /** What Cybersource would ignore, truncate or read its own way: `x-mock-notes` and the journal. */
  readonly notes?: readonly string[];
}

/** Cybersource's content type for API responses. */
export const HAL_JSON = "application/hal+json;charset=utf-8";

/** A `application/hal+json` reply. */
export function halReply(status: number, body: unknown, delivery: Delivery = "normal"): Reply {
  return { status, body, contentType: HAL_JSON, delivery };
}

/** 400 INVALID_REQUEST with a reason and the fields at fault. */
export function invalidRequest(
  reason: AuthorizationErrorReason | FollowUpErrorReason,
  message: string,
  at: Date,
  details: readonly FieldProblem[] = [],
): Reply {
  return halReply(400, {
    submitTimeUtc: submitTimeUtc(at),
    status: "INVALID_REQUEST",
    reason,
    message,
    ...(details.length > 0 ? { details } : {}),
  });
}

/** 400 for fields that fail the schema: MISSING_FIELD if any is missing, else INVALID_DATA. */
export function fieldsRejected(problems: readonly FieldProblem[], at: Date): Reply {
  return problems.some((problem) => problem.reason === "MISSING_FIELD")
    ? invalidRequest(
        "MISSING_FIELD",
        "Declined - The request is missing one or more fields",
        at,
        problems,
      )
    : invalidRequest(
        "INVALID_DATA",
        "Declined - One or more fields in the request contains invalid data",
        at,
        problems,
      );
}

/** 401 with the body Cybersource is observed to send (`application/json`, not HAL). */
export function authenticationFailed(): Reply {
  const body: AuthenticationFailedResponse = { response: { rmsg: "Authentication Failed" } };
  return { status: 401, body, contentType: "application/json;charset=utf-8", delivery: "normal" };
}

/** 502 SERVER_ERROR. */
export function serverError(at: Date, message: string, delivery: Delivery = "normal"): Reply {
  const body: ServerErrorResponse = {
    submitTimeUtc: submitTimeUtc(at),
    status: "SERVER_ERROR",
    reason: "SYSTEM_ERROR",
    message,
  };
  return halReply(502, body, delivery);
}

/** 404 for a path the mock does not serve. Not a Cybersource shape: the spec has none. */
export function notFound(method: string, path: string): Reply {
  return {
    status: 404,
    body: { status: "NOT_FOUND", message: `The mock does not serve ${method} ${path}.` },
    contentType: "application/json;charset=utf-8",
    delivery: "normal",
  };
}

/** 405 for a served path with another method, with `Allow`. */
export function methodNotAllowed(method: string, path: string, allow: string): Reply {
  return {
    status: 405,
    body: { status: "METHOD_NOT_ALLOWED", message: `${path} accepts ${allow}, not ${method}.` },
    contentType: "application/json;charset=utf-8",
    delivery: "normal",
    headers: { allow },
  };
}
