import { decodeBase64 } from "../internal/bytes.js";
import { dig, isObject, text } from "../internal/json.js";

// What a transient token says about its card, read from the JWT's payload without verifying it
// (verification needs the capture context: see `verifyTransientToken`). Three payload shapes
// exist (shared/reference/japan-merchant-needs.md §2.4):
// - Flex Microform v2: content.paymentInformation.card.number.{detectedCardTypes, maskedValue,
//   bin}, card.expirationMonth.value, card.expirationYear.value;
// - Unified Checkout: content.paymentInformation.card.type.value;
// - legacy Microform 0.11: data.{type, number, expirationMonth, expirationYear}.

/** The card a transient token stands for, as its payload describes it. */
export interface TransientTokenCard {
  /** Cybersource card type codes the token names, e.g. `["001"]` (Visa); empty if none. */
  readonly cardTypes: readonly string[];
  /** The masked number, e.g. `XXXXXXXXXXXX1111` or `411111XXXXXX1111`, if present. */
  readonly maskedNumber: string | undefined;
  /** The BIN (first six or eight digits), if present. */
  readonly bin: string | undefined;
  /** The expiry month `01`-`12`, if present. */
  readonly expirationMonth: string | undefined;
  /** The expiry year, four digits, if present. */
  readonly expirationYear: string | undefined;
}

/** The payload of a transient token, decoded but not verified. */
export interface TransientTokenPayload {
  /** The token's id (`jti`). */
  readonly jti: string | undefined;
  /** When the token stops being accepted (`exp`), seconds since the epoch. */
  readonly exp: number | undefined;
  /** When it was issued (`iat`), seconds since the epoch. */
  readonly iat: number | undefined;
  /** The card it stands for. */
  readonly card: TransientTokenCard;
  /** The whole payload, for fields Cybersource adds. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** Decodes a compact JWT's payload as JSON; `undefined` if it is not one. Verifies nothing. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
  const part = jwt.split(".")[1];
  if (part === undefined || !/^[A-Za-z0-9_-]+$/u.test(part)) return undefined;
  const base64 = part.replace(/-/gu, "+").replace(/_/gu, "/");
  const bytes = decodeBase64(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="));
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The typed reading of a transient token's payload, or `undefined` if it is not a JWT. */
export function readTransientToken(jwt: string): TransientTokenPayload | undefined {
  const claims = decodeJwtPayload(jwt);
  if (claims === undefined) return undefined;
  const card = dig(claims, "content", "paymentInformation", "card");
  const legacy = dig(claims, "data");
  const detected = dig(card, "number", "detectedCardTypes");
  const cardTypes = [
    ...(Array.isArray(detected) ? detected.filter((t) => typeof t === "string") : []),
    text(dig(card, "type", "value")),
    text(dig(legacy, "type")),
  ].filter((type): type is string => type !== undefined);
  return {
    jti: text(claims["jti"]),
    exp: typeof claims["exp"] === "number" ? claims["exp"] : undefined,
    iat: typeof claims["iat"] === "number" ? claims["iat"] : undefined,
    card: {
      cardTypes: [...new Set(cardTypes)],
      maskedNumber: text(dig(card, "number", "maskedValue")) ?? text(dig(legacy, "number")),
      bin: text(dig(card, "number", "bin")),
      expirationMonth:
        text(dig(card, "expirationMonth", "value")) ?? text(dig(legacy, "expirationMonth")),
      expirationYear:
        text(dig(card, "expirationYear", "value")) ?? text(dig(legacy, "expirationYear")),
    },
    claims,
  };
}
