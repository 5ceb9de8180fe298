import { authorize } from "./authorize.js";
import { capture } from "./capture.js";
import type { Handler } from "./context.js";
import type { MockOperation } from "./journal.js";
import { methodNotAllowed, notFound, type Reply } from "./reply.js";
import { reverseById, reverseByTransactionId } from "./reversal.js";
import { voidByTransactionId } from "./void.js";
import { createCaptureContext } from "./tokens/sessions.js";
import { setupPayerAuthentication } from "./three-d-secure/setup.js";

/** A request matched to an operation of the mock API. */
export interface Route {
  /** `authorization` operations answer 400s with the authorization error schema. */
  readonly operation: "authorization" | "follow-up";
  /** The operation's name in the request journal. */
  readonly name: MockOperation;
  readonly handler: Handler;
  /** The `{id}` path parameter, if the path has one. */
  readonly id: string | undefined;
}

const ROUTES: readonly {
  readonly path: RegExp;
  readonly operation: Route["operation"];
  readonly name: MockOperation;
  readonly handler: Handler;
}[] = [
  {
    path: /^\/pts\/v2\/payments\/?$/,
    operation: "authorization",
    name: "authorize",
    handler: authorize,
  },
  {
    path: /^\/pts\/v2\/payments\/(\d{1,26})\/captures\/?$/,
    operation: "follow-up",
    name: "capture",
    handler: capture,
  },
  {
    path: /^\/pts\/v2\/payments\/(\d{1,26})\/reversals\/?$/,
    operation: "follow-up",
    name: "reverse",
    handler: reverseById,
  },
  {
    path: /^\/pts\/v2\/reversals\/?$/,
    operation: "follow-up",
    name: "reverseTimedOut",
    handler: reverseByTransactionId,
  },
  {
    path: /^\/pts\/v2\/voids\/?$/,
    operation: "follow-up",
    name: "voidTimedOut",
    handler: voidByTransactionId,
  },
  {
    path: /^\/microform\/v2\/sessions\/?$/,
    operation: "follow-up",
    name: "createCaptureContext",
    handler: createCaptureContext,
  },
  {
    path: /^\/risk\/v1\/authentication-setups\/?$/,
    operation: "follow-up",
    name: "setupPayerAuthentication",
    handler: setupPayerAuthentication,
  },
];

/** The journal name of the operation at `path`, or `none`. */
export function operationAt(path: string): MockOperation {
  return ROUTES.find((candidate) => candidate.path.test(path))?.name ?? "none";
}

/** The operation for `method` and `path` (without query), or the 404/405 that refuses it. */
export function route(method: string, path: string): Route | Reply {
  for (const { path: pattern, operation, name, handler } of ROUTES) {
    const match = pattern.exec(path);
    if (match === null) continue;
    if (method !== "POST") return methodNotAllowed(method, path, "POST");
    return { operation, name, handler, id: match[1] };
  }
  return notFound(method, path);
}
