import { createHash, randomBytes } from "node:crypto";
import { microformLibrary } from "./browser-assets.js";
import { luhnValid } from "../jpo-rules.js";
import { maskCard, type MaskedCard } from "../records.js";
import { cardBrand } from "./card-brand.js";
import { numberKeyOf } from "./vault.js";
import { newKeyPair, parseJws, signJws, verifyJws, type MockKeyPair } from "./jws.js";

// Flex Microform v2 as the mock plays it: capture contexts (POST /microform/v2/sessions), each
// with its own key pair whose public half is `flx.jwk`; tokenization (POST /flex/v2/tokens) into
// a transient token signed with that key, valid 15 minutes and reusable within them
// (https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/da-payments.html).
// The full card number is never kept: a token remembers the masked card only.

const TOKEN_LIFETIME_S = 15 * 60;
/** Subresource integrity of the library the capture context names, as Cybersource gives it. */
const libraryIntegrity = `sha256-${createHash("sha256").update(microformLibrary).digest("base64")}`;
const CONTEXT_LIFETIME_S = 15 * 60;

/** What `POST /microform/v2/sessions` asks for. */
export interface CaptureContextRequest {
  readonly targetOrigins: readonly string[];
  readonly allowedCardNetworks: readonly string[];
  readonly allowedPaymentTypes?: readonly string[];
  readonly clientVersion?: string;
}

/** The card fields Microform collects. */
export interface CardFields {
  /** The card number, 12 to 19 digits. */
  readonly number: string;
  /** The expiry month, `01`-`12`. */
  readonly expirationMonth: string;
  /** The expiry year, four digits. */
  readonly expirationYear: string;
  /** The CVV; the token only says one was given. */
  readonly securityCode?: string;
}

/** A transient token the mock issued: its card, masked, and when it expires. */
export interface IssuedToken {
  readonly jti: string;
  readonly kid: string;
  readonly exp: number;
  readonly card: MaskedCard;
  /** Identifies the card number for TMS (see `numberKeyOf`); never the number itself. */
  readonly numberKey: string;
}

/** Why a transient token is refused. */
export type TokenRefusal = "unknown" | "expired" | "tampered";

interface Context {
  readonly key: MockKeyPair;
  readonly request: CaptureContextRequest;
  readonly exp: number;
}

/** The mock's Flex state: capture contexts by key id and transient tokens by `jti`. */
export class MockFlex {
  /** The mock's own origin, set once it listens; capture contexts name it. */
  url = "";
  private signerKey: MockKeyPair | undefined;
  private readonly contexts = new Map<string, Context>();
  private readonly tokens = new Map<string, IssuedToken>();

  /** The key that signs capture contexts, made on first use: RSA generation blocks for 35-190 ms. */
  private get signer(): MockKeyPair {
    return (this.signerKey ??= newKeyPair());
  }

  /** A new capture context JWT, signed by the mock. */
  createCaptureContext(request: CaptureContextRequest, at: Date): string {
    const key = newKeyPair();
    const iat = Math.floor(at.getTime() / 1000);
    this.contexts.set(key.kid, { key, request, exp: iat + CONTEXT_LIFETIME_S });
    const data = {
      clientLibrary: `${this.url}/microform/v2/flex-microform.js`,
      clientLibraryIntegrity: libraryIntegrity,
      targetOrigins: request.targetOrigins,
      allowedCardNetworks: request.allowedCardNetworks,
      allowedPaymentTypes: request.allowedPaymentTypes ?? ["CARD"],
      mfOrigin: this.url,
    };
    const flx = { path: "/flex/v2/tokens", data: "mock", origin: this.url, jwk: key.jwk };
    const payload = {
      flx,
      ctx: [{ data, type: "mf-2.1.0" }],
      iss: "Flex API",
      exp: iat + CONTEXT_LIFETIME_S,
      iat,
      jti: hex(8),
    };
    return signJws(payload, this.signer);
  }

  /** Tokenizes a card under a capture context, as Microform's fields do. */
  tokenize(
    captureContext: string,
    card: CardFields,
    at: Date,
  ): { token: string } | { error: string } {
    const parsed = parseJws(captureContext);
    if (parsed === undefined || !verifyJws(parsed, this.signer.publicKey)) {
      return { error: "The capture context is not one this mock issued" };
    }
    const jwk = (parsed.payload["flx"] as { jwk?: { kid?: string } } | undefined)?.jwk;
    const context = this.contexts.get(String(jwk?.kid));
    const now = Math.floor(at.getTime() / 1000);
    if (context === undefined || context.exp <= now)
      return { error: "The capture context has expired" };
    const brand = cardBrand(card.number);
    if (!/^\d{12,19}$/u.test(card.number) || !luhnValid(card.number) || brand === undefined) {
      return { error: "The card number is invalid" };
    }
    if (!context.request.allowedCardNetworks.includes(brand.network)) {
      return { error: `The card network ${brand.network} is not allowed by the capture context` };
    }
    return { token: this.issue(context.key, card, brand.type, now) };
  }

  /** The card behind a transient token JWT, or why it is refused. */
  redeemJwt(jwt: string, at: Date): IssuedToken | TokenRefusal {
    const parsed = parseJws(jwt);
    if (parsed === undefined) return "tampered";
    const issued = this.tokens.get(String(parsed.payload["jti"]));
    if (issued === undefined) return "unknown";
    const context = this.contexts.get(issued.kid);
    if (context === undefined || !verifyJws(parsed, context.key.publicKey)) return "tampered";
    return issued.exp <= at.getTime() / 1000 ? "expired" : issued;
  }

  /** The card behind a transient token's `jti`, or why it is refused. */
  redeemJti(jti: string, at: Date): IssuedToken | TokenRefusal {
    const issued = this.tokens.get(jti);
    if (issued === undefined) return "unknown";
    return issued.exp <= at.getTime() / 1000 ? "expired" : issued;
  }

  private issue(key: MockKeyPair, card: CardFields, type: string, now: number): string {
    const jti = hex(32);
    const masked = `${"X".repeat(card.number.length - 4)}${card.number.slice(-4)}`;
    const issued: IssuedToken = {
      jti,
      kid: key.kid,
      exp: now + TOKEN_LIFETIME_S,
      numberKey: numberKeyOf(card.number),
      card: maskCard(card.number, type, card.expirationMonth, card.expirationYear),
    };
    this.tokens.set(jti, issued);
    const content = {
      paymentInformation: {
        card: {
          number: { detectedCardTypes: [type], maskedValue: masked, bin: card.number.slice(0, 6) },
          expirationMonth: { value: card.expirationMonth },
          expirationYear: { value: card.expirationYear },
          ...(card.securityCode === undefined ? {} : { securityCode: {} }),
        },
      },
    };
    const payload = { iss: "Flex/00", exp: issued.exp, type: "mf-2.1.0", iat: now, jti, content };
    return signJws(payload, key);
  }

  /** A capture context for in-process tokenization, allowing every network (for tests). */
  private testContext: { jwt: string; until: number } | undefined;
  /** Tokenizes in-process: `mock.createTransientToken`. */
  createTransientToken(card: CardFields, at: Date): string {
    if (this.testContext === undefined || this.testContext.until <= at.getTime()) {
      const allowedCardNetworks = [
        "VISA",
        "MASTERCARD",
        "AMEX",
        "JCB",
        "DINERSCLUB",
        "DISCOVER",
        "CUP",
      ];
      const jwt = this.createCaptureContext(
        { targetOrigins: ["http://localhost"], allowedCardNetworks },
        at,
      );
      this.testContext = { jwt, until: at.getTime() + (CONTEXT_LIFETIME_S - 60) * 1000 };
    }
    const result = this.tokenize(this.testContext.jwt, card, at);
    if ("error" in result) throw new Error(`createTransientToken: ${result.error}.`);
    return result.token;
  }
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}
