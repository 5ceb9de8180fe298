import type { components } from "../../generated/openapi.js";
import type { ValidationIssue } from "../errors.js";
import { dig, isObject, text } from "../internal/json.js";
import { cardSourceRules, decodeJwtPayload, normalizeAuthorization } from "../rules/index.js";
import type { CardSource, FacadeAmountDetails } from "./request-types.js";

type Schemas = components["schemas"];

/** The amount to authenticate (the amount you will authorize) and the billing address. */
export interface PayerAuthenticationOrder {
  /** Whole yen, `JPY` in any case, as `authorize` takes it. */
  amountDetails: FacadeAmountDetails;
  /** The cardholder's billing address; the enrollment check expects it (a warning when missing). */
  billTo?: Schemas["BillTo"];
}

/**
 * An enrollment check (`POST /risk/v1/authentications`): the order, one card source in the
 * shapes `authorize` takes (a card, a transient token's JWT or `jti`, TMS tokens), and for a
 * browser the setup's `referenceId`, the challenge's `returnUrl` and the browser fields. A
 * transient token is sent by its id (`tokenInformation.transientToken`); `networkTokenOption`
 * is not sent (it is an authorization setting).
 */
export type PayerAuthEnrollmentRequest = {
  /** Your order code; Cybersource expects it (a warning when missing). */
  clientReferenceInformation?: Schemas["ClientReferenceInformation"];
  /** The amount, and the billing address. */
  orderInformation: PayerAuthenticationOrder;
  /** The buyer's browser (Accept, User-Agent, language, screen, time zone, IP address). */
  deviceInformation?: Schemas["PayerAuthDeviceInformation"];
  /** `referenceId`, `returnUrl`, `deviceChannel`, challenge preferences. */
  consumerAuthenticationInformation?: Schemas["EnrollmentConsumerAuthenticationInformation"];
} & CardSource;

/**
 * A validation (`POST /risk/v1/authentication-results`) of a completed challenge: its
 * `authenticationTransactionId` with the same order and card source as the enrollment check.
 * A transient token is sent by its id (`tokenInformation.jti`).
 */
export type AuthenticationValidationRequest = {
  /** `stepUp.authenticationTransactionId` (also the `TransactionId` posted to your return URL). */
  authenticationTransactionId: string;
  /** Your order code; Cybersource's guide calls it required (a warning when missing). */
  clientReferenceInformation?: Schemas["ClientReferenceInformation"];
  /** The amount, as in the enrollment check. */
  orderInformation: PayerAuthenticationOrder;
} & CardSource;

/** Which payer authentication request a body is for. */
export type PayerAuthKind = "enroll" | "validate";

/** The wire body of a payer authentication request, its issues, and the requirements waived. */
export interface PreparedPayerAuth {
  readonly body: unknown;
  readonly issues: ValidationIssue[];
  readonly optional: ReadonlySet<string>;
}

// The payer authentication guide requires a state only for US and Canadian addresses; the
// authorization's billTo schema requires it for JPO, so it is waived here.
const notRequired = ["orderInformation.billTo.administrativeArea"];

/**
 * A snapshot of `request` in wire form (currency and amount normalized as `authorize` does, a
 * transient token by its id, the validation's transaction id in place), with the card source
 * rules' issues. The caller's object is never changed.
 */
export function preparePayerAuth(
  kind: PayerAuthKind,
  request: unknown,
  now: Date,
): PreparedPayerAuth {
  const { body, issues } = normalizeAuthorization(request);
  if (!isObject(body)) return { body, issues, optional: new Set(notRequired) };
  const source = cardSourceRules(body, now);
  const wire = toWire(kind, body);
  return {
    body: wire,
    issues: [...issues, ...source.issues],
    optional: new Set([...notRequired, ...source.optional]),
  };
}

function toWire(kind: PayerAuthKind, body: Record<string, unknown>): Record<string, unknown> {
  const wire = { ...body };
  const token = body["tokenInformation"];
  if (isObject(token)) {
    const id = transientTokenId(token);
    if (id !== undefined) {
      wire["tokenInformation"] = kind === "enroll" ? { transientToken: id } : { jti: id };
    }
  }
  if (kind === "validate") {
    delete wire["authenticationTransactionId"];
    const given = body["authenticationTransactionId"];
    const cai = isObject(body["consumerAuthenticationInformation"])
      ? body["consumerAuthenticationInformation"]
      : {};
    wire["consumerAuthenticationInformation"] =
      given === undefined ? cai : { ...cai, authenticationTransactionId: given };
  }
  return wire;
}

/**
 * The id of the transient token in `tokenInformation`: its JWT's `jti`, or the id given as `jti`
 * or `transientToken` (payer authentication sends the id, not the JWT).
 */
export function transientTokenId(token: Record<string, unknown>): string | undefined {
  const jwt = text(token["transientTokenJwt"]);
  if (jwt === undefined) return text(token["jti"] ?? token["transientToken"]);
  return text(dig(decodeJwtPayload(jwt), "jti"));
}
