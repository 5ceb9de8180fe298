import type { ValidationIssue } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { error, expiredIssue, teamRef, visaOnlyMessage } from "./business-rules.js";
import { readTransientToken } from "./transient-token.js";

// Which card an authorization charges: a card number, a transient token (Flex Microform, Unified
// Checkout) or TMS tokens, exactly one of them (japan-merchant-needs.md §2.2-§2.4). A token
// replaces "many of the fields that are normally required" (Cybersource's field reference for
// the token source and docs/Ptsv2paymentsPaymentInformationCustomer.md), so the requirements it
// lifts are returned for the schema check to waive.

/** The kind of card source a request names. */
export type CardSourceKind = "card" | "transientToken" | "tms";

/** The card source of a request, its problems, and the schema requirements it waives. */
export interface CardSourceCheck {
  readonly kind: CardSourceKind | undefined;
  readonly issues: ValidationIssue[];
  /** Dotted schema paths whose `required` rule does not apply with this source. */
  readonly optional: readonly string[];
}

const paths = {
  card: "paymentInformation.card.number",
  jwt: "tokenInformation.transientTokenJwt",
  jti: "tokenInformation.jti",
  customer: "paymentInformation.customer.id",
  paymentInstrument: "paymentInformation.paymentInstrument.id",
  instrumentIdentifier: "paymentInformation.instrumentIdentifier.id",
} as const;

const kindOf: Record<keyof typeof paths, CardSourceKind> = {
  card: "card",
  jwt: "transientToken",
  jti: "transientToken",
  customer: "tms",
  paymentInstrument: "tms",
  instrumentIdentifier: "tms",
};

/** The billing address and its required fields, which a customer's token can stand for. */
export const billToPaths = [
  "orderInformation.billTo",
  ...["firstName", "lastName", "address1", "locality", "administrativeArea"]
    .concat(["postalCode", "country", "email"])
    .map((field) => `orderInformation.billTo.${field}`),
];

const expiry = "paymentInformation.card.expiration";

/** The card's expiry fields, which a token can stand for. */
export const expiryPaths = [`${expiry}Month`, `${expiry}Year`];

/** The error for a second card source at `path` beside the one at `first`. */
export function oneCardSourceIssue(path: string, first: string): ValidationIssue {
  return error(
    path,
    "one-card-source",
    `cannot be sent with ${first}: send exactly one card source (a card, a transient token or TMS tokens).`,
    "japan-merchant-needs.md §2.3 (a card, a transient token or TMS tokens); cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformation.md",
  );
}

/** Finds the request's card source and checks it: one source, Visa only, not expired. */
export function cardSourceRules(request: unknown, now: Date, relaxed = false): CardSourceCheck {
  const present = (Object.keys(paths) as (keyof typeof paths)[]).filter(
    (name) => dig(request, ...paths[name].split(".")) !== undefined,
  );
  const first = present[0];
  // A card without its number is a card source whose number is missing (the schema says so).
  if (first === undefined && dig(request, "paymentInformation", "card") !== undefined) {
    return { kind: "card", issues: [], optional: [] };
  }
  if (first === undefined) return { kind: undefined, issues: [noSource()], optional: [] };
  const issues: ValidationIssue[] = [];
  const clash = present.find(
    (name) =>
      kindOf[name] !== kindOf[first] || (kindOf[name] === "transientToken" && name !== first),
  );
  if (clash !== undefined) issues.push(oneCardSourceIssue(paths[clash], paths[first]));
  const kind = kindOf[first];
  if (kind === "card") return { kind, issues, optional: [] };
  const optional = ["paymentInformation.card.number", "paymentInformation.card.type"];
  if (kind === "transientToken") {
    optional.push(...expiryPaths);
    issues.push(...(first === "jwt" ? tokenRules(request, now) : [notCheckable(paths.jti)]));
    return { kind, issues, optional };
  }
  const tms = tmsRules(request, present, relaxed);
  return { kind, issues: [...issues, ...tms.issues], optional: [...optional, ...tms.optional] };
}

/** TMS tokens: a warning per id, billTo from a customer or payment instrument, expiry rules. */
function tmsRules(
  request: unknown,
  present: readonly (keyof typeof paths)[],
  relaxed: boolean,
): { issues: ValidationIssue[]; optional: string[] } {
  const issues = present.map((name) => notCheckable(paths[name]));
  const optional: string[] = [];
  // A customer or payment instrument token carries the billing address and the expiry.
  if (present.includes("customer") || present.includes("paymentInstrument")) {
    optional.push(...billToPaths);
  }
  if (!present.includes("instrumentIdentifier")) {
    optional.push(...expiryPaths);
  } else if (!relaxed) {
    // An instrument identifier is the card number alone: the expiry comes with the request.
    for (const field of ["Month", "Year"]) {
      if (dig(request, ...`${expiry}${field}`.split(".")) === undefined) {
        issues.push(
          error(
            `${expiry}${field}`,
            "required",
            "is required with an instrument identifier, which holds no expiry.",
            "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationInstrumentIdentifier.md (no expiry in the identifier)",
          ),
        );
      }
    }
  }
  return { issues, optional };
}

function noSource(): ValidationIssue {
  return error(
    "paymentInformation.card",
    "card-source",
    `is required, or instead ${paths.jwt} (a transient token) or ${paths.customer} (a TMS token): an authorization needs one card source.`,
    "cybersource-jpo-installment-auth.md (card fields); japan-merchant-needs.md §2.3",
  );
}

/** Visa only and expiry, read from the token's payload (not verified here). */
function tokenRules(request: unknown, now: Date): ValidationIssue[] {
  const jwt = text(dig(request, "tokenInformation", "transientTokenJwt"));
  const token = jwt === undefined ? undefined : readTransientToken(jwt);
  if (token === undefined) {
    return [
      error(
        paths.jwt,
        "transient-token",
        "is not a transient token: its payload is not a JSON object.",
        "developer.cybersource.com digital-accept-flex flex-api-2 (the transient token is a JWT)",
      ),
    ];
  }
  const issues: ValidationIssue[] = [];
  if (token.exp !== undefined && token.exp * 1000 <= now.getTime()) {
    const expiredAt = new Date(token.exp * 1000).toISOString();
    issues.push(
      error(
        paths.jwt,
        "token-expired",
        `expired at ${expiredAt}: a transient token is valid for 15 minutes, so collect the card again.`,
        "developer.cybersource.com digital-accept-flex da-payments.html ('valid for 15 minutes')",
      ),
    );
  }
  const { cardTypes, expirationMonth, expirationYear } = token.card;
  if (cardTypes.length > 0 && !cardTypes.includes("001")) {
    issues.push(error(paths.jwt, "visa-only", visaOnlyMessage(cardTypes.join(", ")), teamRef));
  }
  // An expiry sent in paymentInformation.card overrides the token's, and is checked as a card's.
  const card = dig(request, "paymentInformation", "card");
  if (dig(card, "expirationMonth") === undefined && dig(card, "expirationYear") === undefined) {
    const expired = expiredIssue(expirationMonth, expirationYear, now, () => paths.jwt);
    if (expired !== undefined) issues.push(expired);
  }
  return issues;
}

function notCheckable(path: string): ValidationIssue {
  return {
    path,
    rule: "card-not-checkable",
    severity: "warning",
    message:
      "stands for a card the SDK cannot see, so Visa-only and expiry are checked by Cybersource, which refuses a non-Visa card as it does a card number.",
  };
}
