import { tokyoMonthIndex } from "./ids.js";
import type { FieldProblem } from "./request-schema.js";
import type { MaskedCard } from "./records.js";
import type { ResolvedCard } from "./tokens/card-source.js";
import type { AuthorizationRequest } from "./wire.js";

/** A 400 the server-side JPO rules answer. */
export interface JpoRejection {
  readonly reason: "CARD_TYPE_NOT_ACCEPTED" | "INVALID_CARD" | "MISSING_FIELD";
  readonly message: string;
  readonly problem: FieldProblem;
}

/**
 * The rules Cybersource applies to a JPO authorization on Visa Platform Connect beyond the
 * schema, written here independently of the SDK's own checks so that each tests the other:
 * `terminalId` with `jis2TrackData` (card present), and Visa only (type `001`, a Luhn-valid
 * number starting with 4), whatever the card source: a token's card is refused as a card is,
 * naming the token's field. Returns the rejection, or `undefined` when the request may proceed.
 */
export function checkJpoRules(
  request: AuthorizationRequest,
  resolved: ResolvedCard,
): JpoRejection | undefined {
  const options = request.processingInformation.japanPaymentOptions;
  if (options.jis2TrackData !== undefined && options.terminalId === undefined) {
    return {
      reason: "MISSING_FIELD",
      message: "Declined - The request is missing one or more fields",
      problem: {
        field: "processingInformation.japanPaymentOptions.terminalId",
        reason: "MISSING_FIELD",
      },
    };
  }
  const { number } = resolved;
  const { type } = resolved.card;
  if (type !== "001" || (number !== undefined && !number.startsWith("4"))) {
    const field =
      number === undefined
        ? resolved.field
        : type === "001"
          ? "paymentInformation.card.number"
          : "paymentInformation.card.type";
    return {
      reason: "CARD_TYPE_NOT_ACCEPTED",
      message: "Declined - JPO on Visa Platform Connect accepts Visa cards only",
      problem: { field, reason: "INVALID_DATA" },
    };
  }
  if (number !== undefined && !luhnValid(number)) {
    return {
      reason: "INVALID_CARD",
      message: "Declined - The card number is invalid",
      problem: { field: "paymentInformation.card.number", reason: "INVALID_DATA" },
    };
  }
  return undefined;
}

/** Whether the card's expiry month is before the current month in Japan. */
export function isExpired(card: MaskedCard, now: Date): boolean {
  const { expirationYear, expirationMonth } = card;
  const expiry = Number(expirationYear) * 12 + Number(expirationMonth) - 1;
  return expiry < tokyoMonthIndex(now);
}

/** The Luhn (mod 10) check digit test of ISO/IEC 7812. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}
