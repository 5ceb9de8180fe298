import { dig, text } from "../internal/json.js";

/**
 * The TMS tokens created by `processingInformation.actionList: ["TOKEN_CREATE"]`, read from the
 * response's `tokenInformation` (docs/PtsV2PaymentsPost201ResponseTokenInformation.md). Store
 * them to charge the customer later without the card: `paymentInformation.customer.id` and so on.
 */
export interface CreatedTokens {
  /** The customer token (`tokenInformation.customer.id`). */
  readonly customerId?: string;
  /** The payment instrument token (`tokenInformation.paymentInstrument.id`). */
  readonly paymentInstrumentId?: string;
  /** The instrument identifier token (`tokenInformation.instrumentIdentifier.id`). */
  readonly instrumentIdentifierId?: string;
  /** The shipping address token (`tokenInformation.shippingAddress.id`). */
  readonly shippingAddressId?: string;
}

const fields = {
  customerId: "customer",
  paymentInstrumentId: "paymentInstrument",
  instrumentIdentifierId: "instrumentIdentifier",
  shippingAddressId: "shippingAddress",
} as const;

/** The tokens an authorization response names; an empty object when it names none. */
export function createdTokens(response: unknown): CreatedTokens {
  const tokens: Record<string, string> = {};
  const created = dig(response, "tokenInformation");
  if (created === undefined) return tokens;
  for (const [name, field] of Object.entries(fields)) {
    const id = text(dig(created, field, "id"));
    if (id !== undefined) tokens[name] = id;
  }
  return tokens;
}
