import type { MockContext } from "../context.js";
import type { AuthorizationRequest } from "../wire.js";
import type { ResolvedCard } from "./card-source.js";
import { numberKeyOf, type TokenType } from "./vault.js";

// processingInformation.actionList ["TOKEN_CREATE"]: store the card in TMS along with the
// authorization (docs/Ptsv2paymentsProcessingInformation.md). Without actionTokenTypes "the default
// token type for the merchants token vault will be used"; the mock's vault defaults to a customer,
// its payment instrument and the instrument identifier.

const DEFAULT_TYPES: readonly TokenType[] = [
  "customer",
  "paymentInstrument",
  "instrumentIdentifier",
];

/** The tokens created for an approved authorization that asked for them; `{}` otherwise. */
export function createTokens(
  context: MockContext,
  request: AuthorizationRequest,
  resolved: ResolvedCard,
): Partial<Record<TokenType, string>> {
  const processing = request.processingInformation;
  if (!(processing.actionList ?? []).includes("TOKEN_CREATE")) return {};
  const types = processing.actionTokenTypes ?? DEFAULT_TYPES;
  const { number, numberKey } = resolved;
  const key = numberKey ?? (number === undefined ? undefined : numberKeyOf(number));
  return context.vault.create(types, resolved.card, key);
}
