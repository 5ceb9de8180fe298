import type { MockContext } from "../context.js";
import { maskCard, type MaskedCard } from "../records.js";
import type { FieldProblem } from "../request-schema.js";
import type { AuthorizationRequest } from "../wire.js";
import type { TokenRefusal } from "./flex.js";
import type { TokenType } from "./vault.js";

// Which card an authorization charges, as the mock reads it: a card number, a transient token
// (the JWT or its jti) or TMS tokens. Written independently of the SDK's rules/card-source.ts, so
// that each tests the other.

/** How an authorization named its card. */
export type CardSourceKind = "card" | "transientToken" | "tms";

/** The card an authorization charges, masked, and where it came from. */
export interface ResolvedCard {
  readonly source: CardSourceKind;
  /** The request field the card came from, e.g. `tokenInformation.transientTokenJwt`. */
  readonly field: string;
  readonly card: MaskedCard;
  /**
   * Identifies the number for TMS (a keyed hash, never the number): set for a transient token,
   * whose number the mock no longer has; for a card source, `TOKEN_CREATE` computes it from `number`.
   */
  readonly numberKey: string | undefined;
  /** The number itself, only for a card source (for the Luhn check); never stored. */
  readonly number: string | undefined;
}

/** A refusal of the card source: Cybersource's reason, message and field. */
export interface SourceRejection {
  readonly reason: "MISSING_FIELD" | "INVALID_DATA";
  readonly message: string;
  readonly problems: readonly FieldProblem[];
}

const tmsFields: readonly [TokenType, string][] = [
  ["paymentInstrument", "paymentInformation.paymentInstrument.id"],
  ["customer", "paymentInformation.customer.id"],
  ["instrumentIdentifier", "paymentInformation.instrumentIdentifier.id"],
];

const refusals: Record<TokenRefusal, string> = {
  unknown: "Declined - The transient token was not found",
  expired: "Declined - The transient token has expired",
  tampered: "Declined - The transient token's signature is invalid",
};

/** The named card sources of a request, by field. */
export function namedSources(request: AuthorizationRequest): string[] {
  const payment = request.paymentInformation;
  const token = request.tokenInformation;
  return [
    payment?.card?.number === undefined ? undefined : "paymentInformation.card.number",
    token?.transientTokenJwt === undefined ? undefined : "tokenInformation.transientTokenJwt",
    token?.jti === undefined ? undefined : "tokenInformation.jti",
    ...tmsFields.map(([type, field]) => (payment?.[type] === undefined ? undefined : field)),
  ].filter((field): field is string => field !== undefined);
}

/** Resolves the card of an (already schema-valid) authorization, or says why it cannot. */
export function resolveCard(
  context: MockContext,
  request: AuthorizationRequest,
  at: Date,
): ResolvedCard | SourceRejection {
  const named = namedSources(request);
  const tms = named.filter((field) => field.endsWith(".id"));
  const kinds = new Set(named.map((field) => (tms.includes(field) ? "tms" : field)));
  if (named.length === 0) return missing("paymentInformation.card.number");
  if (kinds.size > 1) {
    return {
      reason: "INVALID_DATA",
      message: "Declined - The request names more than one payment source",
      problems: named.map((field) => ({ field, reason: "INVALID_DATA" as const })),
    };
  }
  const card = request.paymentInformation?.card;
  const overrides = { month: card?.expirationMonth, year: card?.expirationYear };
  const field = named[0]!;
  if (field === "paymentInformation.card.number") return fromCard(card!);
  if (field.startsWith("tokenInformation.")) {
    return fromToken(context, request, field, overrides, at);
  }
  return resolveTms(context, request, overrides);
}

function fromCard(
  card: NonNullable<NonNullable<AuthorizationRequest["paymentInformation"]>["card"]>,
): ResolvedCard {
  const { number, type, expirationMonth, expirationYear } = card;
  const masked = maskCard(number, type, expirationMonth, expirationYear);
  const field = "paymentInformation.card.number";
  return { source: "card", field, card: masked, numberKey: undefined, number };
}

function fromToken(
  context: MockContext,
  request: AuthorizationRequest,
  field: string,
  overrides: { month: string | undefined; year: string | undefined },
  at: Date,
): ResolvedCard | SourceRejection {
  const token = request.tokenInformation!;
  const issued =
    token.transientTokenJwt !== undefined
      ? context.flex.redeemJwt(token.transientTokenJwt, at)
      : context.flex.redeemJti(token.jti!, at);
  if (typeof issued === "string") {
    return {
      reason: "INVALID_DATA",
      message: refusals[issued],
      problems: [{ field, reason: "INVALID_DATA" }],
    };
  }
  const card = withExpiry(issued.card, overrides);
  return { source: "transientToken", field, card, numberKey: issued.numberKey, number: undefined };
}

function resolveTms(
  context: MockContext,
  request: AuthorizationRequest,
  overrides: { month: string | undefined; year: string | undefined },
): ResolvedCard | SourceRejection {
  for (const [type, field] of tmsFields) {
    const id = request.paymentInformation?.[type]?.id;
    if (id === undefined) continue;
    const token = context.vault.find(id, type);
    if (token?.card === undefined) {
      return {
        reason: "INVALID_DATA",
        message: `Declined - The ${type} token was not found`,
        problems: [{ field, reason: "INVALID_DATA" }],
      };
    }
    // An instrument identifier is the number alone: the expiry comes with the request.
    if (
      type === "instrumentIdentifier" &&
      (overrides.month === undefined || overrides.year === undefined)
    ) {
      return missing(
        overrides.month === undefined
          ? "paymentInformation.card.expirationMonth"
          : "paymentInformation.card.expirationYear",
      );
    }
    return {
      source: "tms",
      field,
      card: withExpiry(token.card, overrides),
      numberKey: undefined,
      number: undefined,
    };
  }
  return missing("paymentInformation.card.number");
}

function withExpiry(
  card: MaskedCard,
  overrides: { month: string | undefined; year: string | undefined },
): MaskedCard {
  return {
    ...card,
    expirationMonth: overrides.month ?? card.expirationMonth,
    expirationYear: overrides.year ?? card.expirationYear,
  };
}

function missing(field: string): SourceRejection {
  return {
    reason: "MISSING_FIELD",
    message: "Declined - The request is missing one or more fields",
    problems: [{ field, reason: "MISSING_FIELD" }],
  };
}

/**
 * The schema's required fields a token source makes optional: the card's number and type (and
 * expiry) with a token, and the billing address with a customer or payment instrument token.
 */
export function waivedByToken(request: AuthorizationRequest, problem: FieldProblem): boolean {
  if (problem.reason !== "MISSING_FIELD") return false;
  const named = namedSources(request);
  if (named.length === 0 || named.includes("paymentInformation.card.number")) return false;
  if (problem.field.startsWith("paymentInformation.card.")) return true;
  const billToFromToken = named.some((f) => /customer|paymentInstrument/u.test(f));
  return billToFromToken && problem.field.startsWith("orderInformation.billTo");
}
