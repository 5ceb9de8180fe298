import { luhnValid, maskPan } from "./internal/card.js";

export { maskPan };

/**
 * Fields whose values are secret wherever they appear: card data, and a transient token (a bearer
 * credential for the card for 15 minutes).
 */
const secretFields = new Set([
  "transientTokenJwt",
  "securityCode",
  "cvv",
  "cvv2",
  "cvc",
  "cvn",
  "jis2TrackData",
  "trackData",
  "track1",
  "track2",
  "cryptogram",
]);
/** 13-19 digits, possibly grouped by single spaces or dashes (`4111 1111 1111 1111`). */
const panLike = /(?<!\d)\d(?:[ -]?\d){12,18}(?![\d])/gu;
/** Magnetic-stripe track 1 (`%B<pan>^NAME^YYMM...?`) and track 2 (`;<pan>=YYMM...?`). */
const trackLike = /%?B\d{13,19}\^[^^\n]{0,26}\^\d{4}[^?\s"]*\??|;?\d{13,19}=\d{4}[^?\s"]*\??/gu;
/** A security code named in free text: `cvv 123`, `"securityCode":"1234"`, `CVC2=123`. */
const codeLike = /\b(cvv2?|cvc2?|cvn|cid|security ?code)\b(["'\s:=]{0,4})\d{3,4}(?!\d)/giu;
/** A compact JWS whose header and payload are JSON objects (`eyJ` is base64url of `{"`). */
const jwtLike = /eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/gu;
/** Deeper than this, `redact` stops: no JSON a payment needs is nested so deeply. */
const MAX_DEPTH = 64;

/**
 * A deep copy of `value` that is safe to log: card numbers masked to their first six and last four
 * digits (in `number` fields, in any Luhn-valid run of 13-19 digits, spaced or dashed or not, and
 * in JSON numbers of that size), track data, security codes and transient tokens
 * (`transientTokenJwt`, `tokenInformation.jti` or `.transientToken`, and any JWT in a string) replaced by
 * `"[redacted]"`, in values and in keys. Never throws; stops at 64 levels (`"[too deep]"`).
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(redact(request))); // "number":"411111******1111"
 * ```
 */
export function redact(value: unknown): unknown {
  return copy(value, 0);
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value === "number") return redactNumber(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  try {
    if (Array.isArray(value)) return Array.from(value, (item: unknown) => copy(item, depth + 1));
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const name = redactText(key);
      if (secretFields.has(key) && field !== undefined) result[name] = "[redacted]";
      else if (key === "tokenInformation" && typeof field === "object" && field !== null) {
        // A transient token's id is as good as the token: mask it here, not every JWT claim `jti`
        // (`transientToken` is the same id, as the payer authentication setup takes it).
        const masked: Record<string, unknown> = { ...field };
        for (const id of ["jti", "transientToken"]) {
          if (masked[id] !== undefined) masked[id] = "[redacted]";
        }
        result[name] = copy(masked, depth + 1);
      } else if (key === "number" && typeof field === "string") result[name] = maskPan(field);
      else result[name] = copy(field, depth + 1);
    }
    return result;
  } catch {
    return "[unreadable]";
  }
}

/** A JSON number as long as a card number is masked as one (digits past 2^53 cannot be trusted). */
function redactNumber(value: number): unknown {
  if (!Number.isInteger(value) || Math.abs(value) < 1e12) return value;
  const digits = BigInt(Math.abs(value)).toString();
  if (digits.length < 13 || digits.length > 19) return value;
  return luhnValid(digits) || !Number.isSafeInteger(value) ? maskPan(digits) : value;
}

/** A security code's names, as `codeLike` knows them. */
const codeName = /cv[vcn2]|cid|security/iu;

/**
 * Names and marks in JSON text that could make {@link redact} change the value parsed from it: a
 * JWT, a `\u` escape, a security code's name, the secret fields (from `secretFields`, so that
 * the two never drift apart), `tokenInformation` and a `number` key.
 */
const mayNeedRedaction = new RegExp(
  ["eyJ", "\\\\u", codeName.source, ...secretFields, "tokenInformation", '"number"'].join("|"),
  "iu",
);

/**
 * Whether the value parsed from the JSON `text` is already what {@link redact} makes of it (up to
 * its 64 levels), so that it need not be copied: the text holds no JWT, no `\u` escape (which can
 * spell anything), no security-code, track or secret field name, no `number` key, and no digits
 * that could be masked (see {@link mayHoldCardDigits}).
 */
export function isPlainJson(text: string): boolean {
  return !mayNeedRedaction.test(text) && !mayHoldCardDigits(text);
}

/**
 * Whether `text` has a run of digits that a card number or track data could be: 13-19 digits in a
 * row, at least 13 grouped by single spaces or dashes, at least 13 before track data's `=` or `^`,
 * or a digit before an exponent (a JSON number as long as a card number). A regular expression
 * finds the few places worth a look (native code: a loop over every character took three times
 * as long); only their lengths and the character after each are checked.
 */
function mayHoldCardDigits(text: string): boolean {
  suspectRuns.lastIndex = 0;
  for (let run = suspectRuns.exec(text); run !== null; run = suspectRuns.exec(text)) {
    const found = run[0];
    const after = text.charCodeAt(run.index + found.length);
    if (isExponent(found.charCodeAt(found.length - 1)) || isExponent(after)) return true;
    // A run of 13 digits or more: grouped, at most 19 digits, or track data before `=` or `^`.
    const grouped = found.includes(" ") || found.includes("-");
    if (grouped || found.length <= 19 || after === 61 || after === 94) return true;
  }
  return false;
}

/**
 * A digit before `e` or `E`, or a run of 13 digits or more, each group after the first joined to
 * the one before by a single space or dash: the only places a card number can be.
 */
const suspectRuns = /\d[eE]|\d(?:[ -]?\d){12,}/gu;

const isExponent = (code: number) => code === 101 || code === 69;

const anyDigit = /\d/u;
const trackMark = /[\^=]/u;

/**
 * `text` with JWTs (a transient token, say), track data and security codes replaced by
 * `[redacted]` and every Luhn-valid run of 13-19 digits (also grouped by spaces or dashes) masked
 * to its first six and last four.
 */
export function redactText(text: string): string {
  // A JWT (a transient token, say) is redacted whole first, digits or not.
  let out = text.includes("eyJ") ? text.replace(jwtLike, "[redacted]") : text;
  // Track data, security codes and card numbers all hold digits: most text has none. Track data
  // also holds "^" or "=", and a security code one of its names; skip the patterns that cannot match.
  if (!anyDigit.test(out)) return out;
  if (trackMark.test(out)) out = out.replace(trackLike, "[redacted]");
  if (codeName.test(out)) {
    out = out.replace(
      codeLike,
      (_, name: string, between: string) => `${name}${between}[redacted]`,
    );
  }
  // A card number is at least 13 digits long.
  if (out.length < 13) return out;
  return out.replace(panLike, (run) => {
    const digits = run.replace(/\D/gu, "");
    return luhnValid(digits) ? maskPan(digits) : run;
  });
}
