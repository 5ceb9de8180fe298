import { createHash, randomBytes } from "node:crypto";
import { maskCard, type MaskedCard } from "../records.js";
import { cardBrand } from "./card-brand.js";
import type { CardFields } from "./flex.js";

// The mock's Token Management Service: tokens created by an authorization's TOKEN_CREATE action
// (docs/Ptsv2paymentsProcessingInformation.md, actionTokenTypes) and the cards behind them, masked.
// An instrument identifier stands for a card number alone, so it is found again by a keyed hash of
// the number (the mock never keeps the number itself) and holds no expiry.

/** A TMS token type. */
export type TokenType =
  "customer" | "paymentInstrument" | "instrumentIdentifier" | "shippingAddress";

/** A token in the mock's vault. */
export interface VaultToken {
  readonly id: string;
  readonly type: TokenType;
  /** The card behind a customer, payment instrument or instrument identifier token, masked. */
  readonly card: MaskedCard | undefined;
}

/** The ids of what `TOKEN_CREATE` created, by type. */
export type CreatedTokens = Partial<Record<TokenType, string>>;

/** The tokens `mock.createTmsTokens` stored a card under. */
export interface MockTmsTokens {
  /** The customer token id (`paymentInformation.customer.id`). */
  readonly customerId: string;
  /** The payment instrument token id. */
  readonly paymentInstrumentId: string;
  /** The instrument identifier token id (send the expiry with it). */
  readonly instrumentIdentifierId: string;
}

/** The mock's token vault. */
export class MockVault {
  private readonly tokens = new Map<string, VaultToken>();
  private readonly byNumber = new Map<string, string>();

  /** The token with this id and type, if any. */
  find(id: string, type: TokenType): VaultToken | undefined {
    const token = this.tokens.get(id);
    return token?.type === type ? token : undefined;
  }

  /**
   * Creates the requested tokens for a card. `numberKey` ({@link numberKeyOf}) identifies the card
   * number; `undefined` when the card came from a token without one.
   */
  create(
    types: readonly TokenType[],
    card: MaskedCard,
    numberKey: string | undefined,
  ): CreatedTokens {
    const ids: CreatedTokens = {};
    for (const type of types) {
      if (type === "instrumentIdentifier" && numberKey !== undefined) {
        const existing = this.byNumber.get(numberKey);
        ids[type] =
          existing ?? this.add(type, { ...card, expirationMonth: "", expirationYear: "" });
        this.byNumber.set(numberKey, ids[type]);
      } else {
        ids[type] = this.add(type, type === "shippingAddress" ? undefined : card);
      }
    }
    return ids;
  }

  /** Stores a card directly (not through an authorization): `mock.createTmsTokens`. */
  store(card: CardFields): MockTmsTokens {
    const type = cardBrand(card.number)?.type ?? "";
    const masked = maskCard(card.number, type, card.expirationMonth, card.expirationYear);
    const types = ["customer", "paymentInstrument", "instrumentIdentifier"] as const;
    const ids = this.create(types, masked, numberKeyOf(card.number));
    return {
      customerId: ids.customer!,
      paymentInstrumentId: ids.paymentInstrument!,
      instrumentIdentifierId: ids.instrumentIdentifier!,
    };
  }

  private add(type: TokenType, card: MaskedCard | undefined): string {
    const id = randomBytes(16).toString("hex").toUpperCase();
    this.tokens.set(id, { id, type, card });
    return id;
  }
}

const pepper = randomBytes(16);

/** A keyed hash that identifies a card number without keeping it. */
export function numberKeyOf(number: string): string {
  return createHash("sha256").update(pepper).update(number).digest("hex");
}
