import { CybersourceApiError, type ApiErrorDetail } from "../errors.js";
import type { Exchanged } from "./exchange.js";
import { dig, isObject, text } from "../internal/json.js";

/**
 * The one place where an error response becomes an exception: Cybersource's `status`, `reason`,
 * `message` and `details` (field names only) and the correlation id, whatever the body's shape.
 */
export function toApiError(operation: string, exchanged: Exchanged): CybersourceApiError {
  const body = isObject(exchanged.json) ? exchanged.json : {};
  const details = Array.isArray(body["details"])
    ? (body["details"] as unknown[]).filter(isObject).map((detail): ApiErrorDetail => {
        // Masked by CybersourceApiError itself, as everything from the answer is.
        const field = text(detail["field"]);
        const reason = text(detail["reason"]);
        return {
          ...(field === undefined ? {} : { field }),
          ...(reason === undefined ? {} : { reason }),
        };
      })
    : [];
  const rmsg = text(dig(body, "response", "rmsg"));
  return new CybersourceApiError({
    operation,
    httpStatus: exchanged.httpStatus,
    status: text(body["status"]),
    reason: text(body["reason"]),
    message: text(body["message"]) ?? rmsg,
    details,
    correlationId: exchanged.correlationId,
  });
}
