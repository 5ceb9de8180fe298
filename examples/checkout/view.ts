// What the page shows of an authorization: plain JSON, without the raw response, the card or any
// token. A challenge becomes the step-up the page opens in an iframe.
import type { AuthorizationResult, JapanPaymentOptions } from "cybersource-jpo";

/** The outcome of a payment as the page renders it. */
export interface CheckoutView {
  /** `AUTHORIZED`, `DECLINED`, ...; `ERROR` when no authorization was made. */
  readonly status: string;
  readonly paymentId?: string | undefined;
  readonly approvalCode?: string | undefined;
  readonly salesSlipNumber?: string | undefined;
  readonly amount?: string | undefined;
  readonly paymentMethod?: string | undefined;
  readonly installments?: string | undefined;
  /** The 3-D Secure result: ECI `05` authenticated, `06` attempted, `07` not. */
  readonly eci?: string | undefined;
  readonly paresStatus?: string | undefined;
  /** Cybersource's `errorInformation.reason`, or the SDK error's `code`. */
  readonly reason?: string | undefined;
  /** For a challenge: what the step-up iframe posts, and where. */
  readonly stepUp?: { readonly url: string; readonly accessToken: string; readonly md: string };
}

/** The view of an authorization result for the JPO options it was made with. */
export function resultView(result: AuthorizationResult, jpo: JapanPaymentOptions): CheckoutView {
  const view: CheckoutView = {
    status: result.status,
    paymentId: result.id,
    amount: result.requestedAmount,
    paymentMethod: jpo.paymentMethod,
    installments: "installments" in jpo ? jpo.installments : undefined,
    eci: result.authentication?.eci,
    paresStatus: result.authentication?.paresStatus,
  };
  if ("approvalCode" in result) {
    return { ...view, approvalCode: result.approvalCode, salesSlipNumber: result.salesSlipNumber };
  }
  return "errorReason" in result ? { ...view, reason: result.errorReason } : view;
}

/** The view of an error thrown before or instead of a result. */
export function errorView(error: unknown): CheckoutView {
  const code = (error as { code?: unknown } | null)?.code;
  return { status: "ERROR", reason: typeof code === "string" ? code : "ERROR" };
}
