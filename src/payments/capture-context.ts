import type { components } from "../../generated/openapi.js";
import { captureContextRequestRule } from "../../generated/rules.js";
import { TransportError } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { decodeJwtPayload } from "../rules/index.js";
import { toApiError, type Runtime } from "../transport/index.js";
import { send, type FollowUp } from "./follow-up.js";

type Schemas = components["schemas"];

/** What `client.createCaptureContext` asks for. */
export interface CaptureContextOptions {
  /**
   * The origins of the checkout pages that load Microform, e.g. `["https://shop.example.jp"]`:
   * `https://` (or `http://localhost`), no path, no wildcard; up to nine for nested iframes.
   */
  readonly targetOrigins: readonly string[];
  /** Card networks Microform accepts. Default `["VISA"]`: JPO takes Visa cards only. */
  readonly allowedCardNetworks?: readonly Schemas["CardNetwork"][];
  /** The Microform version, e.g. `"v2"`. Default: Cybersource's. */
  readonly clientVersion?: string;
  /** Payment types, e.g. `["CARD"]`. Default: Cybersource's. */
  readonly allowedPaymentTypes?: readonly ("CARD" | "CHECK")[];
  /** Aborts the request and its retries. */
  readonly signal?: AbortSignal;
}

/** A capture context, ready to hand to the checkout page. */
export interface CaptureContextResult {
  /** The capture context JWT: pass it to `new Flex(captureContext)` in the page. */
  readonly captureContext: string;
  /** When it stops working (its `exp`), 15 minutes after it was made. */
  readonly expiresAt: Date;
  /** The Microform script to load in the page (`ctx[0].data.clientLibrary`), if named. */
  readonly clientLibrary?: string;
  /** Its subresource integrity value (`ctx[0].data.clientLibraryIntegrity`), if named. */
  readonly clientLibraryIntegrity?: string;
  /** The card networks the capture context allows. */
  readonly allowedCardNetworks: readonly string[];
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
}

const path = "/microform/v2/sessions";

/** `POST /microform/v2/sessions`: a Flex Microform v2 capture context. Retried where safe. */
export async function createCaptureContext(
  rt: Runtime,
  options: CaptureContextOptions,
): Promise<CaptureContextResult> {
  const body: Schemas["CaptureContextRequest"] = {
    targetOrigins: [...(options.targetOrigins ?? [])],
    allowedCardNetworks: [...(options.allowedCardNetworks ?? ["VISA"])],
    ...(options.clientVersion === undefined ? {} : { clientVersion: options.clientVersion }),
    ...(options.allowedPaymentTypes === undefined
      ? {}
      : { allowedPaymentTypes: [...options.allowedPaymentTypes] }),
  };
  const followUp: FollowUp = {
    operation: "createCaptureContext",
    path,
    body,
    rule: captureContextRequestRule,
  };
  const sent = await send(rt, followUp, options.signal);
  // The answer is a JWT (application/jwt), not JSON: the exchange keeps its text.
  const jwt = sent.text;
  const label = `createCaptureContext (POST ${path})`;
  if (sent.httpStatus < 200 || sent.httpStatus > 299) throw toApiError(label, sent);
  const payload = typeof jwt === "string" ? decodeJwtPayload(jwt.trim()) : undefined;
  const exp = dig(payload, "exp");
  if (typeof jwt !== "string" || payload === undefined || typeof exp !== "number") {
    throw new TransportError(label, `HTTP ${sent.httpStatus} came without a capture context JWT`);
  }
  const data = dig(payload, "ctx", "0", "data");
  const networks = dig(data, "allowedCardNetworks");
  const clientLibrary = text(dig(data, "clientLibrary"));
  const integrity = text(dig(data, "clientLibraryIntegrity"));
  return Object.freeze({
    captureContext: jwt.trim(),
    expiresAt: new Date(exp * 1000),
    ...(clientLibrary === undefined ? {} : { clientLibrary }),
    ...(integrity === undefined ? {} : { clientLibraryIntegrity: integrity }),
    allowedCardNetworks: Array.isArray(networks)
      ? networks.filter((n): n is string => typeof n === "string")
      : body.allowedCardNetworks,
    correlationId: sent.correlationId,
  });
}
