import type { components } from "../../generated/openapi.js";
import { payerAuthSetupRequestRule } from "../../generated/rules.js";
import { TransportError, type ValidationIssue } from "../errors.js";
import { dig, isObject, text } from "../internal/json.js";
import { oneCardSourceIssue, snapshotOrThrow } from "../rules/index.js";
import { transientTokenId } from "./payer-authentication-request.js";
import { toApiError, type Runtime } from "../transport/index.js";
import { send, type FollowUp } from "./follow-up.js";

type Schemas = components["schemas"];

/**
 * The card to authenticate, in the card-source shapes `authorize` takes: a card, or a transient
 * token (its JWT or its id, `jti`; the setup sends the id as `tokenInformation.transientToken`).
 */
export type PayerAuthenticationSetupRequest = {
  /** Your order code, as on the authorization. */
  readonly clientReferenceInformation?: Schemas["ClientReferenceInformation"];
} & (
  | {
      /** The card, as `authorize` takes it. */
      readonly paymentInformation: Schemas["PaymentInformation"];
    }
  | {
      /** A transient token: its JWT, or its id under either name. */
      readonly tokenInformation:
        | {
            /** The transient token JWT from Flex Microform; its `jti` is sent. */
            readonly transientTokenJwt: string;
          }
        | {
            /** The transient token's id (its JWT's `jti`). */
            readonly jti: string;
          }
        | {
            /** The transient token's id, under the setup's own name. */
            readonly transientToken: string;
          };
    }
);

/** Options of one `setupPayerAuthentication` call. */
export interface SetupPayerAuthenticationOptions {
  /** Aborts the request and its retries. */
  readonly signal?: AbortSignal;
}

/** What the browser's hidden device data collection iframe needs. */
export interface PayerAuthenticationSetup {
  /** Send it as `consumerAuthenticationInformation.referenceId` with `CONSUMER_AUTHENTICATION`. */
  readonly referenceId: string;
  /** Where the iframe's form posts the access token (as the field `JWT`). */
  readonly deviceDataCollectionUrl: string;
  /** The JWT the iframe posts. A bearer credential: hand it to the page, never log it. */
  readonly accessToken: string;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
}

const path = "/risk/v1/authentication-setups";
const label = `setupPayerAuthentication (POST ${path})`;

/** `POST /risk/v1/authentication-setups`: device data collection inputs. Retried where safe. */
export async function setupPayerAuthentication(
  rt: Runtime,
  request: PayerAuthenticationSetupRequest,
  options: SetupPayerAuthenticationOptions = {},
): Promise<PayerAuthenticationSetup> {
  // One snapshot of the caller's request (any shape: null, a Proxy, a cycle) is checked and sent.
  const taken = snapshotOrThrow(label, request);
  const body = isObject(taken) ? toWire(taken) : taken;
  const followUp: FollowUp = {
    operation: "setupPayerAuthentication",
    path,
    body,
    rule: payerAuthSetupRequestRule,
    issues: oneSource(taken),
  };
  const sent = await send(rt, followUp, options.signal);
  if (sent.httpStatus < 200 || sent.httpStatus > 299) throw toApiError(label, sent);
  const cai = dig(sent.json, "consumerAuthenticationInformation");
  const referenceId = text(dig(cai, "referenceId"));
  const deviceDataCollectionUrl = text(dig(cai, "deviceDataCollectionUrl"));
  const accessToken = text(dig(cai, "accessToken"));
  if (referenceId === undefined || deviceDataCollectionUrl === undefined || !accessToken) {
    throw new TransportError(
      label,
      `HTTP ${sent.httpStatus} came without device data collection inputs`,
    );
  }
  const { correlationId } = sent;
  return Object.freeze({ referenceId, deviceDataCollectionUrl, accessToken, correlationId });
}

/** The wire body: a transient token's JWT becomes its id, as the setup takes it. */
function toWire(request: Record<string, unknown>): unknown {
  const { tokenInformation: token, ...rest } = request;
  if (!isObject(token)) return request;
  return { ...rest, tokenInformation: { transientToken: transientTokenId(token) ?? "" } };
}

/** A setup authenticates one card: a card and a token together is an error, not a silent pick. */
function oneSource(request: unknown): ValidationIssue[] {
  if (dig(request, "paymentInformation") === undefined) return [];
  if (dig(request, "tokenInformation") === undefined) return [];
  return [oneCardSourceIssue("tokenInformation", "paymentInformation")];
}
