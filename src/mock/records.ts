import type { AuthorizationStatus, DeclineReason } from "./wire.js";

/** Where an authorization stands: its issuer outcome, then what was done with it. */
export type AuthorizationState = "AUTHORIZED" | "DECLINED" | "CAPTURED" | "REVERSED";

/** One step in an authorization's life. */
export interface MockStateChange {
  readonly state: AuthorizationState;
  /** When, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}

/** The card of an authorization, masked: the mock never keeps the full number or the CVN. */
export interface MaskedCard {
  readonly first6: string;
  readonly last4: string;
  /** Cybersource's three-digit card type, e.g. `001`. */
  readonly type: string;
  readonly expirationMonth: string;
  readonly expirationYear: string;
}

/** An authorization the mock has processed (approved or declined). */
export interface MockAuthorization {
  /** The 22-digit payment id returned in the response (also when the response was lost). */
  readonly id: string;
  readonly transactionId: string | undefined;
  /** `clientReferenceInformation.code`. */
  readonly code: string | undefined;
  /** The requested amount, whole yen. */
  readonly amount: string;
  /** The approved amount: `amount`, half of it for a partial approval, `"0"` when declined. */
  readonly authorizedAmount: string;
  readonly currency: string;
  readonly paymentMethod: string;
  readonly installments: string | undefined;
  readonly card: MaskedCard;
  /** The `status` of the authorization response (`AUTHORIZED`, `DECLINED`, ...). */
  readonly status: AuthorizationStatus;
  readonly declineReason: DeclineReason | undefined;
  /** The amount trigger that applied (see `mockScenarios`), if any. */
  readonly scenarioAmount: string | undefined;
  readonly salesSlipNumber: number;
  /** The current state; `history` lists every change, the first being the issuer's outcome. */
  readonly state: AuthorizationState;
  readonly history: readonly MockStateChange[];
}

/** A capture of an authorization. */
export interface MockCapture {
  readonly id: string;
  readonly authorizationId: string;
  readonly amount: string;
  readonly currency: string;
  readonly code: string | undefined;
  readonly at: string;
}

/** A reversal of an authorization, by id or (`timeout: true`) by transaction id. */
export interface MockReversal {
  readonly id: string;
  readonly authorizationId: string;
  readonly timeout: boolean;
  readonly transactionId: string | undefined;
  readonly amount: string;
  readonly currency: string;
  readonly reason: string | undefined;
  readonly at: string;
}
