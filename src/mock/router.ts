import { authorize } from "./authorize.js";
import { capture } from "./capture.js";
import type { Handler } from "./context.js";
import { methodNotAllowed, notFound, type Reply } from "./reply.js";
import { reverseById, reverseByTransactionId } from "./reversal.js";
import { createCaptureContext } from "./tokens/sessions.js";

/** A request matched to an operation of the mock API. */
export interface Route {
  /** `authorization` operations answer 400s with the authorization error schema. */
  readonly operation: "authorization" | "follow-up";
  readonly handler: Handler;
  /** The `{id}` path parameter, if the path has one. */
  readonly id: string | undefined;
}

const ROUTES: readonly {
  readonly path: RegExp;
  readonly operation: Route["operation"];
  readonly handler: Handler;
}[] = [
  { path: /^\/pts\/v2\/payments\/?$/, operation: "authorization", handler: authorize },
  {
    path: /^\/pts\/v2\/payments\/(\d{1,26})\/captures\/?$/,
    operation: "follow-up",
    handler: capture,
  },
  {
    path: /^\/pts\/v2\/payments\/(\d{1,26})\/reversals\/?$/,
    operation: "follow-up",
    handler: reverseById,
  },
  { path: /^\/pts\/v2\/reversals\/?$/, operation: "follow-up", handler: reverseByTransactionId },
  { path: /^\/microform\/v2\/sessions\/?$/, operation: "follow-up", handler: createCaptureContext },
];

/** The operation for `method` and `path` (without query), or the 404/405 that refuses it. */
export function route(method: string, path: string): Route | Reply {
  for (const { path: pattern, operation, handler } of ROUTES) {
    const match = pattern.exec(path);
    if (match === null) continue;
    if (method !== "POST") return methodNotAllowed(method, path, "POST");
    return { operation, handler, id: match[1] };
  }
  return notFound(method, path);
}
