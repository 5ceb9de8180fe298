import {
  AuthorizationOutcomeUnknownError,
  isCybersourceJpoError,
  type CybersourceApiError,
  maskPan,
  type CardNumberSource,
  type JpoAuthorizationRequest,
} from "../index.js";
import { describeResult, describeReversal, installmentPlan, methodName, yen } from "./format.js";
import { captureRefundLookup, lostCapture } from "./demo-life.js";
import { openSession } from "./session.js";

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Use Cybersource's sandbox with credentials from the environment instead of the mock. */
  readonly live: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
}

/** The demo's installment payment: 120,000 yen in 12 installments, first billing left to default. */
export function demoRequest(amount = "120000"): JpoAuthorizationRequest & CardNumberSource {
  return {
    clientReferenceInformation: { code: `DEMO-${Date.now()}` },
    orderInformation: {
      amountDetails: { totalAmount: amount, currency: "JPY" },
      billTo: {
        firstName: "Taro",
        lastName: "Yamada",
        address1: "1-1-1 Marunouchi",
        locality: "Chiyoda-ku",
        administrativeArea: "Tokyo",
        postalCode: "100-0005",
        country: "JP",
        email: "taro@example.jp",
      },
    },
    paymentInformation: {
      card: {
        number: "4111111111111111",
        expirationMonth: "12",
        expirationYear: "2031",
        type: "001",
      },
    },
    processingInformation: {
      japanPaymentOptions: {
        paymentMethod: "61",
        installments: "12",
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
  };
}

/**
 * The main job: authorizes a JPO installment payment, captures it, refunds part of it and looks
 * it up; then shows an authorization whose answer never comes being reversed by its transaction
 * id, and (against the mock) a capture whose answer is lost being voided by its transaction id.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const { out } = options;
  const session = await openSession({ live: options.live, env: options.env });
  try {
    out(`cybersource-jpo demo, against ${session.target}\n`);
    const request = demoRequest();
    const card = request.paymentInformation.card;
    out(
      `1. Authorize ${yen(120000)} in 12 installments, ${methodName("61")}, Visa ${maskPan(card.number)}`,
    );
    const result = await session.client.authorize(request);
    out(describeResult(result));
    const jpo = request.processingInformation.japanPaymentOptions;
    const month = "firstBillingMonth" in jpo ? jpo.firstBillingMonth : undefined;
    if (month === undefined)
      out(
        "  first billing month not given: Cybersource bills from the month after the transaction",
      );
    out(`  plan (estimate)    ${installmentPlan(120000, 12, month)}\n`);
    await captureRefundLookup(session, result, out);

    const slow = options.live ? "120000" : "5065";
    out(`5. Authorize ${yen(slow)}, but the answer does not come within 1 s`);
    const error = await session.client
      .authorize(demoRequest(slow), { timeoutMs: options.live ? 50 : 1_000 })
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    if (!(error instanceof AuthorizationOutcomeUnknownError))
      throw error ?? new Error("the slow authorization answered in time");
    out(
      `  ${error.code}: transaction id ${error.transactionId}, ${yen(error.amount)}; never retried`,
    );
    out(
      options.live
        ? "  waiting 60 s, as Cybersource asks, then reversing by transaction id"
        : "  reversing by transaction id (the mock needs no 60 s wait)",
    );
    const reversal = await error.reverse().catch((e: unknown) => {
      // Live, the request may have been cut before it arrived: then there is nothing to reverse.
      if (isCybersourceJpoError(e) && (e as CybersourceApiError).reason === "MISSING_AUTH")
        return undefined;
      throw e;
    });
    out(
      reversal === undefined
        ? "  no authorization with that transaction id: the request never arrived"
        : describeReversal(reversal),
    );
    const held = session.mock?.authorizations.find((a) => a.transactionId === error.transactionId);
    if (held !== undefined) out(`  the mock's record of ${held.id} is now ${held.state}\n`);
    await lostCapture(session, demoRequest("6000"), out);
    out("\ndone");
  } finally {
    await session.close();
  }
}
