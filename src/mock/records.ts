import type { AuthorizationStatus, DeclineReason } from "./wire.js";

/** Where an authorization stands: its issuer outcome, then what was done with it. */
/** (`VOIDED`: its capture was voided by the timeout void; the funds stay held.) */
export type AuthorizationState = "AUTHORIZED" | "DECLINED" | "CAPTURED" | "REVERSED" | "VOIDED";

/** One step in an authorization's life. */
export interface MockStateChange {
  /** The state entered. */
  readonly state: AuthorizationState;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}

/** The card of an authorization, masked: the mock never keeps the full number or the CVN. */
export interface MaskedCard {
  /** The first six digits (the issuer's BIN). */
  readonly first6: string;
  /** The last four digits. */
  readonly last4: string;
  /** Cybersource's three-digit card type, e.g. `001`. */
  readonly type: string;
  /** The expiry month, `01`-`12`. */
  readonly expirationMonth: string;
  /** The expiry year, four digits. */
  readonly expirationYear: string;
}

/** The card of `number` as the mock keeps it: its first six and last four digits only. */
export function maskCard(
  number: string,
  type: string,
  expirationMonth: string,
  expirationYear: string,
): MaskedCard {
  return {
    first6: number.slice(0, 6),
    last4: number.slice(-4),
    type,
    expirationMonth,
    expirationYear,
  };
}

/** How an authorization named its card. */
export interface MockCardSource {
  /** A card number, a transient token (its JWT or jti), or TMS tokens. */
  readonly kind: "card" | "transientToken" | "tms";
  /** The request field the card came in, e.g. `tokenInformation.transientTokenJwt`. */
  readonly field: string;
}

/** An authorization the mock has processed (approved or declined). */
export interface MockAuthorization {
  /** The 22-digit payment id returned in the response (also when the response was lost). */
  readonly id: string;
  /** `clientReferenceInformation.transactionId`: what a timeout reversal finds it by. */
  readonly transactionId: string | undefined;
  /** `clientReferenceInformation.code`. */
  readonly code: string | undefined;
  /** The requested amount, whole yen. */
  readonly amount: string;
  /** The approved amount: `amount`, half of it for a partial approval, `"0"` when declined. */
  readonly authorizedAmount: string;
  /** The currency as sent, e.g. `JPY`. */
  readonly currency: string;
  /** The JPO `paymentMethod` code, e.g. `61`. */
  readonly paymentMethod: string;
  /** The number of installments, when sent. */
  readonly installments: string | undefined;
  /** The first billing month, when sent (Cybersource otherwise bills from the next month). */
  readonly firstBillingMonth: string | undefined;
  /** The card, masked. */
  readonly card: MaskedCard;
  /**
   * How the request named the card: a card number, a transient token (JWT or jti) or TMS tokens,
   * and the field it came in (e.g. `tokenInformation.transientTokenJwt`).
   */
  readonly cardSource: MockCardSource;
  /** The TMS tokens its `TOKEN_CREATE` action created, by type. */
  readonly tokensCreated: Readonly<
    Partial<
      Record<"customer" | "paymentInstrument" | "instrumentIdentifier" | "shippingAddress", string>
    >
  >;
  /** The `status` of the authorization response (`AUTHORIZED`, `DECLINED`, ...). */
  readonly status: AuthorizationStatus;
  /** `errorInformation.reason` of a decline, e.g. `INSUFFICIENT_FUND`. */
  readonly declineReason: DeclineReason | undefined;
  /** The amount trigger that applied (see `mockScenarios`), if any. */
  readonly scenarioAmount: string | undefined;
  /** The sales slip number: the request's, or one the mock assigned. */
  readonly salesSlipNumber: number;
  /** The current state; `history` lists every change, the first being the issuer's outcome. */
  readonly state: AuthorizationState;
  /** Every state change, oldest first. */
  readonly history: readonly MockStateChange[];
}

/** A capture of an authorization. */
export interface MockCapture {
  /** The capture's id. */
  readonly id: string;
  /** The id of the authorization captured. */
  readonly authorizationId: string;
  /** The amount captured, whole yen. */
  readonly amount: string;
  /** The currency as sent. */
  readonly currency: string;
  /** `clientReferenceInformation.code` of the capture request. */
  readonly code: string | undefined;
  /** `clientReferenceInformation.transactionId`: what the timeout void finds it by. */
  readonly transactionId?: string | undefined;
  /** `PENDING`, or `TRANSMITTED` with the `onlineCapture` option. */
  readonly status: "PENDING" | "TRANSMITTED";
  /** The JPO data the capture restated (`processingInformation.japanPaymentOptions`), if any. */
  readonly japanPaymentOptions: Readonly<Record<string, string>> | undefined;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
  /** `PENDING` until `mock.settle()`, then `SETTLED`; `VOIDED` once voided. */
  readonly state: SettlementState;
  /** The amount refunded so far (refunds not voided), whole yen. */
  readonly refundedAmount: string;
}

/**
 * Where a capture or refund stands: `PENDING` (can be voided), `SETTLED` (sent to the processor
 * by `mock.settle()`: no longer voidable), `VOIDED`.
 */
export type SettlementState = "PENDING" | "SETTLED" | "VOIDED";

/** A refund of a capture or of a sale. */
export interface MockRefund {
  /** The refund's id. */
  readonly id: string;
  /** The id of the capture refunded. */
  readonly captureId: string;
  /** The id of the authorization the capture belongs to. */
  readonly authorizationId: string;
  /** The amount refunded, whole yen. */
  readonly amount: string;
  /** The currency as sent. */
  readonly currency: string;
  /** `clientReferenceInformation.code` of the refund request. */
  readonly code: string | undefined;
  /** `clientReferenceInformation.transactionId`: what the timeout void finds it by. */
  readonly transactionId: string | undefined;
  /** `PENDING` until `mock.settle()`; `VOIDED` once voided. */
  readonly state: SettlementState;
  /** The amount trigger that applied (see `mockScenarios`), if any. */
  readonly scenarioAmount: string | undefined;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}

/** A reversal of an authorization, by id or (`timeout: true`) by transaction id. */
export interface MockReversal {
  /** The reversal's id. */
  readonly id: string;
  /** The id of the authorization reversed. */
  readonly authorizationId: string;
  /** True for a timeout reversal (`POST /pts/v2/reversals`, by transaction id). */
  readonly timeout: boolean;
  /** The transaction id a timeout reversal named. */
  readonly transactionId: string | undefined;
  /** The amount released, whole yen. */
  readonly amount: string;
  /** The currency as sent. */
  readonly currency: string;
  /** `reversalInformation.reason`, if sent. */
  readonly reason: string | undefined;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}

/**
 * A void of a capture or refund: by id (`POST /pts/v2/{captures|refunds}/{id}/voids`) or, with
 * `timeout: true`, by the transaction id the capture or refund was sent with (`POST /pts/v2/voids`).
 */
export interface MockVoid {
  /** The void's id. */
  readonly id: string;
  /** What was voided. */
  readonly kind: "capture" | "refund";
  /** The id of the capture or refund voided. */
  readonly targetId: string;
  /** The id of the capture voided (for `kind: "capture"`), else `undefined`. */
  readonly captureId: string | undefined;
  /** True for a timeout void (by transaction id). */
  readonly timeout: boolean;
  /** The transaction id the void named (timeout) or was sent with (by id), if any. */
  readonly transactionId: string | undefined;
  /** The amount voided, whole yen. */
  readonly amount: string;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}
