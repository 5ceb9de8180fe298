import { authorize } from "./authorize.js";
import { capture } from "./capture.js";
import type { Handler } from "./context.js";
import type { MockOperation } from "./journal.js";
import { methodNotAllowed, notFound, type Reply } from "./reply.js";
import { reverseById, reverseByTransactionId } from "./reversal.js";
import { createCaptureContext } from "./tokens/sessions.js";
import { refundCapture, refundSale } from "./refund.js";
import { lookup, search } from "./transactions.js";
import { voidByTransactionId, voidCapture, voidCredit, voidRefund } from "./void.js";
import { setupPayerAuthentication } from "./three-d-secure/setup.js";
import {
  checkPayerAuthEnrollment,
  validateAuthenticationResults,
} from "./three-d-secure/authentications.js";

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
  /** Default `POST`. */
  readonly method?: "GET";
}[] = [
  {
    path: /^\/tss\/v2\/transactions\/([0-9A-Za-z]{1,26})\/?$/,
    operation: "follow-up",
    name: "getTransaction",
    handler: lookup,
    method: "GET",
  },
  {
    path: /^\/tss\/v2\/searches\/?$/,
    operation: "follow-up",
    name: "searchTransactions",
    handler: search,
  },
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
    path: /^\/pts\/v2\/captures\/(\d{1,26})\/refunds\/?$/,
    operation: "follow-up",
    name: "refund",
    handler: refundCapture,
  },
  {
    path: /^\/pts\/v2\/payments\/(\d{1,26})\/refunds\/?$/,
    operation: "follow-up",
    name: "refund",
    handler: refundSale,
  },
  {
    path: /^\/pts\/v2\/captures\/(\d{1,26})\/voids\/?$/,
    operation: "follow-up",
    name: "void",
    handler: voidCapture,
  },
  {
    path: /^\/pts\/v2\/refunds\/(\d{1,26})\/voids\/?$/,
    operation: "follow-up",
    name: "void",
    handler: voidRefund,
  },
  {
    path: /^\/pts\/v2\/credits\/(\d{1,26})\/voids\/?$/,
    operation: "follow-up",
    name: "void",
    handler: voidCredit,
  },
  {
    path: /^\/risk\/v1\/authentication-setups\/?$/,
    operation: "follow-up",
    name: "setupPayerAuthentication",
    handler: setupPayerAuthentication,
  },
  {
    path: /^\/risk\/v1\/authentications\/?$/,
    operation: "follow-up",
    name: "checkPayerAuthEnrollment",
    handler: checkPayerAuthEnrollment,
  },
  {
    path: /^\/risk\/v1\/authentication-results\/?$/,
    operation: "follow-up",
    name: "validateAuthenticationResults",
    handler: validateAuthenticationResults,
  },
];

/** The mock's own endpoint (not Cybersource's): settles pending captures and refunds. */
export const SETTLE_PATH = "/mock/settle";

/** The journal name of the operation at `path`, or `none`. */
export function operationAt(path: string): MockOperation {
  if (path === SETTLE_PATH) return "settle";
  return ROUTES.find((candidate) => candidate.path.test(path))?.name ?? "none";
}

/** The operation for `method` and `path` (without query), or the 404/405 that refuses it. */
export function route(method: string, path: string): Route | Reply {
  for (const { path: pattern, operation, name, handler, method: allowed = "POST" } of ROUTES) {
    const match = pattern.exec(path);
    if (match === null) continue;
    if (method !== allowed) return methodNotAllowed(method, path, allowed);
    return { operation, name, handler, id: match[1] };
  }
  return notFound(method, path);
}
