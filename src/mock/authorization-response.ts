import { submitTimeUtc } from "./ids.js";
import type { MockAuthorization } from "./records.js";
import type { MockScenario } from "./scenarios.js";
import type { AuthorizationResponse, AuthorizationStatus } from "./wire.js";

/** Statuses whose authorization can be captured. */
export const CAPTURABLE: ReadonlySet<AuthorizationStatus> = new Set([
  "AUTHORIZED",
  "PARTIAL_AUTHORIZED",
]);

/** Statuses whose authorization holds funds and so can be reversed. */
export const REVERSIBLE: ReadonlySet<AuthorizationStatus> = new Set([
  "AUTHORIZED",
  "PARTIAL_AUTHORIZED",
  "AUTHORIZED_PENDING_REVIEW",
  "AUTHORIZED_RISK_DECLINED",
]);

/** The 201 body for an authorization, shaped like Cybersource's JPO responses. */
export function authorizationBody(
  authorization: MockAuthorization,
  scenario: MockScenario | undefined,
  reconciliationId: string,
  at: Date,
): AuthorizationResponse {
  const declined = authorization.status === "DECLINED";
  const { code, transactionId } = authorization;
  return {
    _links: links(authorization),
    id: authorization.id,
    submitTimeUtc: submitTimeUtc(at),
    status: authorization.status,
    reconciliationId,
    ...(scenario !== undefined && !declined && scenario.message !== ""
      ? { message: scenario.message }
      : {}),
    clientReferenceInformation: {
      ...(code === undefined ? {} : { code }),
      ...(transactionId === undefined ? {} : { transactionId }),
    },
    ...(scenario?.errorReason === undefined
      ? {}
      : { errorInformation: { reason: scenario.errorReason, message: scenario.message } }),
    orderInformation: {
      amountDetails: {
        totalAmount: authorization.amount,
        ...(declined ? {} : { authorizedAmount: authorization.authorizedAmount }),
        currency: authorization.currency,
      },
      invoiceDetails: { salesSlipNumber: authorization.salesSlipNumber },
    },
    processorInformation: {
      ...(declined ? {} : { approvalCode: "123456" }),
      // Cybersource documents no category codes; "000" (approved) and "005" (declined) are
      // the values of its published JPO examples.
      responseCategoryCode: declined ? "005" : "000",
      forwardedAcquirerCode: "Sumitomo",
    },
    paymentInformation: { card: { type: authorization.card.type } },
    paymentAccountInformation: { card: { type: authorization.card.type } },
    ...tokenInformation(authorization),
  };
}

/** The tokens a `TOKEN_CREATE` action created, as `tokenInformation.<type>.id`. */
function tokenInformation(
  authorization: MockAuthorization,
): Pick<AuthorizationResponse, "tokenInformation"> {
  const created = Object.entries(authorization.tokensCreated);
  if (created.length === 0) return {};
  return { tokenInformation: Object.fromEntries(created.map(([type, id]) => [type, { id }])) };
}

function links(authorization: MockAuthorization): NonNullable<AuthorizationResponse["_links"]> {
  const href = `/pts/v2/payments/${authorization.id}`;
  const open = authorization.state === "AUTHORIZED";
  return {
    self: { href, method: "GET" },
    ...(open && CAPTURABLE.has(authorization.status)
      ? { capture: { href: `${href}/captures`, method: "POST" } }
      : {}),
    ...(open && REVERSIBLE.has(authorization.status)
      ? { reversal: { href: `${href}/reversals`, method: "POST" } }
      : {}),
  };
}
