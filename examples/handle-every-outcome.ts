// Every way an authorization can end, and what to do about each, played against the mock
// Cybersource (`npx cybersource-jpo mock` prints its URL and throwaway credentials), whose amount
// picks the outcome: 1001 declines, 2001 approves half, 2002 is held for review, 5065 answers
// too late, 5002 fails with a 502.
//
//   CYBERSOURCE_ENVIRONMENT   the mock's URL, e.g. http://127.0.0.1:8080
//   CYBERSOURCE_MERCHANT_ID, CYBERSOURCE_KEY_ID, CYBERSOURCE_SHARED_SECRET
//   CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS   default 60000, as Cybersource asks; the mock needs none
import {
  createJpoClient,
  isCybersourceJpoError,
  jwtAuth,
  type AuthorizationResult,
  type AuthorizeOptions,
  type CybersourceApiError,
  type JpoAuthorizationRequest,
  type JpoClient,
  type JpoValidationError,
  type AuthorizationOutcomeUnknownError,
} from "cybersource-jpo";

const env = process.env;
const credentials = {
  merchantId: env["CYBERSOURCE_MERCHANT_ID"] ?? "",
  keyId: env["CYBERSOURCE_KEY_ID"] ?? "",
  sharedSecret: env["CYBERSOURCE_SHARED_SECRET"] ?? "",
};
const clientWith = (sharedSecret: string): JpoClient =>
  createJpoClient({
    environment: env["CYBERSOURCE_ENVIRONMENT"] ?? "http://127.0.0.1:8080",
    auth: jwtAuth({ ...credentials, sharedSecret }),
    timeoutReversalDelayMs: Number(env["CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS"] ?? 60_000),
  });
const client = clientWith(credentials.sharedSecret);

/** A 12-installment payment (分割払い) of `amount` yen. */
function installments(amount: string, transactionId?: string): JpoAuthorizationRequest {
  return {
    clientReferenceInformation: {
      code: `ORDER-${amount}`,
      ...(transactionId === undefined ? {} : { transactionId }),
    },
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

/** A result is a value: one case per status, each with what the shop does next. */
async function settle(result: AuthorizationResult): Promise<string> {
  switch (result.status) {
    case "AUTHORIZED":
    case "PARTIAL_AUTHORIZED": {
      const capture = await result.capture(); // the authorized amount, half with a partial one
      return `${result.status}: captured ${capture.amount} of ${result.requestedAmount} yen`;
    }
    case "AUTHORIZED_PENDING_REVIEW":
    case "PENDING_REVIEW":
    case "AUTHORIZED_RISK_DECLINED": {
      // Funds are held but cannot be captured as they are. A shop that reviews orders would wait
      // for the decision in the Business Center; this one releases them.
      const reversal = await result.reverse();
      return `${result.status} (${result.errorReason}): ${reversal.status} ${reversal.amount} yen`;
    }
    case "PENDING_AUTHENTICATION":
      // Nothing is held: show result.stepUp in an iframe, then client.completeAuthentication.
      return `${result.status}: challenge ${result.stepUp.authenticationTransactionId}`;
    case "DECLINED":
    case "INVALID_REQUEST":
      // Nothing is held. Tell the cardholder; do not retry the same card and amount.
      return `${result.status}: ${result.errorReason}`;
    default: {
      const unexpected: never = result;
      return `unexpected result ${JSON.stringify(unexpected)}`;
    }
  }
}

/** An exception is for what the caller must fix or undo; `code` is stable across versions. */
async function recover(error: unknown): Promise<string> {
  if (!isCybersourceJpoError(error)) throw error;
  switch (error.code) {
    case "VALIDATION_FAILED": {
      const issues = (error as JpoValidationError).issues;
      return `${error.code}, nothing sent: ${issues.map((i) => `${i.path} (${i.rule})`).join(", ")}`;
    }
    case "AUTHORIZATION_OUTCOME_UNKNOWN": {
      // The card may be authorized. Never retry: reverse by transaction id.
      const unknown = error as AuthorizationOutcomeUnknownError;
      const reversal = await unknown.reverse();
      return `${error.code} (transaction ${unknown.transactionId}): timeout reversal ${reversal.status}`;
    }
    case "AUTHENTICATION_FAILED":
    case "CYBERSOURCE_API_ERROR": {
      const api = error as CybersourceApiError;
      const what = [`HTTP ${api.httpStatus}`, api.reason].filter(Boolean).join(" ");
      return `${error.code}: ${what} (correlation id ${api.correlationId})`;
    }
    default:
      return `${error.code}: ${error.message}`;
  }
}

async function attempt(
  label: string,
  request: JpoAuthorizationRequest,
  options?: AuthorizeOptions,
  via: JpoClient = client,
) {
  const outcome = await via.authorize(request, options).then(settle, recover);
  console.log(`${label}\n  -> ${outcome}`);
}

const hiragana = installments("120000");
hiragana.processingInformation.japanPaymentOptions.businessNameKatakana = "わがしゃ";
const twice = `dup-${Date.now()}`;

await attempt("approved installment payment (分割払い)", installments("120000"));
await attempt("partial approval", installments("2001"));
await attempt("held for review", installments("2002"));
await attempt("declined", installments("1001"));
await attempt("invalid: hiragana as katakana, a fraction of a yen", {
  ...hiragana,
  orderInformation: {
    ...hiragana.orderInformation,
    amountDetails: { totalAmount: "100.50", currency: "JPY" },
  },
});
await attempt("first use of a transaction id", installments("3000", twice));
await attempt("the same transaction id again", installments("3000", twice));
await attempt("wrong shared secret", installments("3000"), {}, clientWith(btoa("not-the-secret")));
await attempt("502 from Cybersource", installments("5002"));
// The mock answers 5065 after 65 s, past the client's 60 s timeoutMs; this call waits 2 s only.
await attempt("no answer in time", installments("5065"), { timeoutMs: 2_000 });
