// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

/** A validation rule derived from one schema of spec/openapi.yaml. */
export type FieldRule = StringRule | IntegerRule | BooleanRule | ArrayRule | ObjectRule | OneOfRule;

/** A string field. `pattern` is an ECMAScript regular expression for the `u` flag. */
export interface StringRule {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** What `pattern` allows, in words, for error messages. */
  readonly patternDescription?: string;
  readonly enum?: readonly string[];
  readonly format?: string;
}

/** An integer field. */
export interface IntegerRule {
  readonly kind: "integer";
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A boolean field. */
export interface BooleanRule {
  readonly kind: "boolean";
}

/** An array field. */
export interface ArrayRule {
  readonly kind: "array";
  readonly items: FieldRule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An object. A closed object (`additionalProperties: false`) allows only `properties`. */
export interface ObjectRule {
  readonly kind: "object";
  readonly properties: { readonly [name: string]: FieldRule };
  readonly required: readonly string[];
  readonly closed: boolean;
}

/** One of several object shapes, chosen by the value of the `discriminator` property. */
export interface OneOfRule {
  readonly kind: "oneOf";
  readonly discriminator: string;
  readonly mapping: { readonly [value: string]: FieldRule };
}

/** Rules of `ClientReferenceInformation`: The merchant's own references for the request. */
const clientReferenceInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    code: { kind: "string", minLength: 1, maxLength: 50 },
    transactionId: {
      kind: "string",
      minLength: 1,
      maxLength: 30,
      pattern: "^[0-9A-Za-z_-]+$",
      patternDescription: "ASCII letters, digits, hyphens and underscores",
    },
  },
  required: [],
  closed: true,
};

/** Rules of `BusinessName`: The merchant's name in Japanese characters (kanji, kana and other full-width characters */
const businessNameRule: FieldRule = { kind: "string", minLength: 1, maxLength: 25 };

/** Rules of `BusinessNameKatakana`: The merchant's name in katakana, full-width (ワガシャ) or half-width (ﾜｶﾞｼｬ), with the */
const businessNameKatakanaRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
  patternDescription:
    "katakana only (full- or half-width, with ー, ・ and spaces); no hiragana, kanji or Latin letters",
};

/** Rules of `BusinessNameAlphaNumeric`: The merchant's name in ASCII letters, digits and spaces, at most 25 characters. */
const businessNameAlphaNumericRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^[A-Za-z0-9 ]+$",
  patternDescription: "ASCII letters, digits and spaces only",
};

/** Rules of `JccaTerminalId`: The 13-digit terminal identifier that the Japan Credit Card Association (JCCA) assigns, */
const jccaTerminalIdRule: FieldRule = {
  kind: "string",
  minLength: 13,
  maxLength: 13,
  pattern: "^[0-9]{13}$",
  patternDescription: "exactly 13 digits",
};

/** Rules of `Jis2TrackData`: The JIS II track data read from the front of a Japanese card, for card-present */
const jis2TrackDataRule: FieldRule = { kind: "string", minLength: 1, maxLength: 69 };

/** Rules of `PreapprovalType`: The kind of pre-approval (Japan only): `0` normal authorization, `1` negative-card check */
const preapprovalTypeRule: FieldRule = {
  kind: "string",
  enum: ["0", "1", "2", "3", "4", "5", "6"],
};

/** Rules of `JpoSinglePayment`: The whole amount is billed at once, with no installments and no bonus payment. */
const jpoSinglePaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: { kind: "string", enum: ["10"] },
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
};

/** Rules of `JpoBonus`: One bonus payment. */
const jpoBonusRule: ObjectRule = {
  kind: "object",
  properties: {
    month: {
      kind: "string",
      maxLength: 2,
      pattern: "^(0?[1-9]|1[0-2])$",
      patternDescription: "a month from 1 to 12 (7 or 07)",
    },
    amount: {
      kind: "string",
      maxLength: 8,
      pattern: "^[1-9][0-9]{0,7}$",
      patternDescription: "whole yen from 1 to 99999999, digits only",
    },
  },
  required: ["month", "amount"],
  closed: true,
};

/** Rules of `JpoBonuses`: The bonus payments (ボーナス払い), at most six, each a month and an amount. */
const jpoBonusesRule: FieldRule = { kind: "array", items: jpoBonusRule, minItems: 1, maxItems: 6 };

/** Rules of `JpoBonusPayment`: The whole amount is billed with the cardholder's next bonus (Japanese salaries pay bonuses, */
const jpoBonusPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: { kind: "string", enum: ["21", "22", "23", "24"] },
    bonuses: jpoBonusesRule,
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
};

/** Rules of `InstallmentCount`: Number of monthly payments, 1 to 99, as one or two digits. Cybersource documents it as a */
const installmentCountRule: FieldRule = {
  kind: "string",
  maxLength: 2,
  pattern: "^(0?[1-9]|[1-9][0-9])$",
  patternDescription: "a number of installments from 1 to 99",
};

/** Rules of `FirstBillingMonth`: The month of the first payment, `01` to `12`. When it is left out, Cybersource uses the */
const firstBillingMonthRule: FieldRule = {
  kind: "string",
  minLength: 2,
  maxLength: 2,
  pattern: "^(0[1-9]|1[0-2])$",
  patternDescription: "a two-digit month, 01 to 12",
};

/** Rules of `JpoBonusInstallmentPayment`: Monthly installments plus extra payments in bonus months. Both `installments` and */
const jpoBonusInstallmentPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: { kind: "string", enum: ["31", "32", "33", "34"] },
    installments: installmentCountRule,
    firstBillingMonth: firstBillingMonthRule,
    bonuses: jpoBonusesRule,
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: [
    "paymentMethod",
    "installments",
    "bonuses",
    "businessName",
    "businessNameKatakana",
    "businessNameAlphaNumeric",
  ],
  closed: true,
};

/** Rules of `JpoInstallmentPayment`: The amount is split into `installments` monthly payments. */
const jpoInstallmentPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: { kind: "string", enum: ["61"] },
    installments: installmentCountRule,
    firstBillingMonth: firstBillingMonthRule,
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: [
    "paymentMethod",
    "installments",
    "businessName",
    "businessNameKatakana",
    "businessNameAlphaNumeric",
  ],
  closed: true,
};

/** Rules of `JpoRevolvingPayment`: The cardholder repays in fixed monthly amounts agreed with the issuer; the merchant sends */
const jpoRevolvingPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: { kind: "string", enum: ["80"] },
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
};

/** Rules of `JapanPaymentOptions`: The Japanese Payment Option and the merchant names shown on the cardholder's statement. */
const japanPaymentOptionsRule: OneOfRule = {
  kind: "oneOf",
  discriminator: "paymentMethod",
  mapping: {
    "10": jpoSinglePaymentRule,
    "21": jpoBonusPaymentRule,
    "22": jpoBonusPaymentRule,
    "23": jpoBonusPaymentRule,
    "24": jpoBonusPaymentRule,
    "31": jpoBonusInstallmentPaymentRule,
    "32": jpoBonusInstallmentPaymentRule,
    "33": jpoBonusInstallmentPaymentRule,
    "34": jpoBonusInstallmentPaymentRule,
    "61": jpoInstallmentPaymentRule,
    "80": jpoRevolvingPaymentRule,
  },
};

/** Rules of `AuthorizationAction`: A service bundled with the authorization. `TOKEN_CREATE` stores the card (from a card */
const authorizationActionRule: FieldRule = { kind: "string", enum: ["TOKEN_CREATE"] };

/** Rules of `ActionTokenType`: A TMS token type to create with `TOKEN_CREATE`. Without `actionTokenTypes` the default type */
const actionTokenTypeRule: FieldRule = {
  kind: "string",
  enum: ["customer", "paymentInstrument", "instrumentIdentifier", "shippingAddress"],
};

/** Rules of `AuthorizationProcessingInformation`: How the payment is to be processed. */
const authorizationProcessingInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    capture: { kind: "boolean" },
    japanPaymentOptions: japanPaymentOptionsRule,
    actionList: { kind: "array", items: authorizationActionRule, minItems: 1 },
    actionTokenTypes: { kind: "array", items: actionTokenTypeRule, minItems: 1 },
  },
  required: ["japanPaymentOptions"],
  closed: true,
};

/** Rules of `TwoDigitMonth`: A calendar month as two digits, `01` (January) to `12` (December). */
const twoDigitMonthRule: FieldRule = {
  kind: "string",
  minLength: 2,
  maxLength: 2,
  pattern: "^(0[1-9]|1[0-2])$",
  patternDescription: "a two-digit month, 01 to 12",
};

/** Rules of `CardTypeCode`: Cybersource's three-digit card type code. JPO on Visa Platform Connect accepts only `001` */
const cardTypeCodeRule: FieldRule = {
  kind: "string",
  enum: ["001", "002", "003", "004", "005", "006", "007", "024", "036", "039", "042", "062"],
};

/** Rules of `Card`: The card's number and expiry. JPO on Visa Platform Connect accepts Visa cards only. These */
const cardRule: ObjectRule = {
  kind: "object",
  properties: {
    number: {
      kind: "string",
      maxLength: 20,
      pattern: "^[0-9]{12,19}$",
      patternDescription: "12 to 19 digits, no spaces",
    },
    expirationMonth: twoDigitMonthRule,
    expirationYear: {
      kind: "string",
      minLength: 4,
      maxLength: 4,
      pattern: "^[0-9]{4}$",
      patternDescription: "four digits",
    },
    type: cardTypeCodeRule,
    securityCode: {
      kind: "string",
      maxLength: 4,
      pattern: "^[0-9]{3,4}$",
      patternDescription: "3 or 4 digits",
    },
  },
  required: ["number", "expirationMonth", "expirationYear", "type"],
  closed: true,
};

/** Rules of `TmsTokenId`: A Token Management Service (TMS) token id, at most 32 characters (Cybersource's TMS issues 32 */
const tmsTokenIdRule: FieldRule = { kind: "string", minLength: 1, maxLength: 32 };

/** Rules of `TmsCustomer`: A TMS customer token: its default payment instrument (the card) and default shipping address */
const tmsCustomerRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
};

/** Rules of `TmsPaymentInstrument`: A TMS payment instrument token (a card with its billing address). */
const tmsPaymentInstrumentRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
};

/** Rules of `TmsInstrumentIdentifier`: A TMS instrument identifier token (the card number alone). Send the expiry in */
const tmsInstrumentIdentifierRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
};

/** Rules of `TmsShippingAddress`: A TMS shipping address token; it is not a card, and goes with a card source. */
const tmsShippingAddressRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
};

/** Rules of `PaymentInformation`: The card being charged: a card number (`card`), or TMS tokens (`customer`, */
const paymentInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    card: cardRule,
    customer: tmsCustomerRule,
    paymentInstrument: tmsPaymentInstrumentRule,
    instrumentIdentifier: tmsInstrumentIdentifierRule,
    shippingAddress: tmsShippingAddressRule,
  },
  required: [],
  closed: true,
};

/** Rules of `TokenInformation`: A transient token standing for the card, so that the card number never reaches the */
const tokenInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    transientTokenJwt: {
      kind: "string",
      minLength: 1,
      pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$",
      patternDescription: "a JWT in compact form (three base64url parts joined by dots)",
    },
    jti: { kind: "string", minLength: 1, maxLength: 64 },
    networkTokenOption: { kind: "string", enum: ["ignore", "prefer"] },
  },
  required: [],
  closed: true,
};

/** Rules of `YenAmount`: An amount in whole Japanese yen, as a string of digits without a decimal point or */
const yenAmountRule: FieldRule = {
  kind: "string",
  maxLength: 12,
  pattern: "^(0|[1-9][0-9]*)$",
  patternDescription: "whole yen: digits only, no decimal point, no leading zero",
};

/** Rules of `Currency`: ISO 4217 alphabetic code. JPO payments are in yen, so the only value is `JPY`. Cybersource */
const currencyRule: FieldRule = { kind: "string", enum: ["JPY"] };

/** Rules of `AmountDetails`: The amount to authorize. */
const amountDetailsRule: ObjectRule = {
  kind: "object",
  properties: { totalAmount: yenAmountRule, currency: currencyRule },
  required: ["totalAmount", "currency"],
  closed: true,
};

/** Rules of `BillTo`: The cardholder's billing address. Visa Platform Connect replaces characters outside ASCII */
const billToRule: ObjectRule = {
  kind: "object",
  properties: {
    firstName: { kind: "string", minLength: 1, maxLength: 60 },
    lastName: { kind: "string", minLength: 1, maxLength: 60 },
    address1: { kind: "string", minLength: 1, maxLength: 60 },
    address2: { kind: "string", maxLength: 60 },
    locality: { kind: "string", minLength: 1, maxLength: 50 },
    administrativeArea: { kind: "string", minLength: 1, maxLength: 20 },
    postalCode: { kind: "string", minLength: 1, maxLength: 10 },
    country: {
      kind: "string",
      minLength: 2,
      maxLength: 2,
      pattern: "^[A-Za-z]{2}$",
      patternDescription: "a two-letter ISO 3166-1 country code",
    },
    email: { kind: "string", minLength: 3, maxLength: 255, format: "email" },
  },
  required: [
    "firstName",
    "lastName",
    "address1",
    "locality",
    "administrativeArea",
    "postalCode",
    "country",
    "email",
  ],
  closed: true,
};

/** Rules of `AuthorizationOrderInformation`: The amount and the cardholder's billing details. */
const authorizationOrderInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    amountDetails: amountDetailsRule,
    billTo: billToRule,
    invoiceDetails: {
      kind: "object",
      properties: { salesSlipNumber: { kind: "integer", minimum: 1, maximum: 99999 } },
      required: [],
      closed: true,
    },
  },
  required: ["amountDetails", "billTo"],
  closed: true,
};

/** Rules of `JpoAuthorizationRequest`: An authorization with Japanese Payment Options. The required fields are those of */
export const jpoAuthorizationRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    processingInformation: authorizationProcessingInformationRule,
    paymentInformation: paymentInformationRule,
    tokenInformation: tokenInformationRule,
    orderInformation: authorizationOrderInformationRule,
  },
  required: ["orderInformation", "processingInformation"],
  closed: true,
};

/** Rules of `PaymentMethodCode`: The Japanese Payment Option: `10` single (一括払い), `21`-`24` bonus (ボーナス一括払い), */
const paymentMethodCodeRule: FieldRule = {
  kind: "string",
  enum: ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"],
};

/** Rules of `JapanCaptureOptions`: The Japanese Payment Option as restated at capture time. Cybersource's capture model keeps */
const japanCaptureOptionsRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: paymentMethodCodeRule,
    installments: installmentCountRule,
    firstBillingMonth: twoDigitMonthRule,
    bonuses: { kind: "string", enum: ["1", "2"] },
    bonusMonth: {
      kind: "string",
      maxLength: 2,
      pattern: "^(0?[1-9]|1[0-2])$",
      patternDescription: "a month from 1 to 12 (7 or 07)",
    },
    bonusAmount: {
      kind: "string",
      maxLength: 8,
      pattern: "^[1-9][0-9]{0,7}$",
      patternDescription: "whole yen from 1 to 99999999, digits only",
    },
    secondBonusMonth: {
      kind: "string",
      maxLength: 2,
      pattern: "^(0?[1-9]|1[0-2])$",
      patternDescription: "a month from 1 to 12 (7 or 07)",
    },
    secondBonusAmount: {
      kind: "string",
      maxLength: 8,
      pattern: "^[1-9][0-9]{0,7}$",
      patternDescription: "whole yen from 1 to 99999999, digits only",
    },
  },
  required: [],
  closed: true,
};

/** Rules of `CaptureRequest`: A capture of an approved authorization. */
export const captureRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: {
      kind: "object",
      properties: { code: { kind: "string", minLength: 1, maxLength: 50 } },
      required: [],
      closed: true,
    },
    orderInformation: {
      kind: "object",
      properties: { amountDetails: amountDetailsRule },
      required: ["amountDetails"],
      closed: true,
    },
    processingInformation: {
      kind: "object",
      properties: { japanPaymentOptions: japanCaptureOptionsRule },
      required: [],
      closed: true,
    },
  },
  required: ["orderInformation"],
  closed: true,
};

/** Rules of `ReversalInformation`: The amount to release and why. */
const reversalInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    amountDetails: {
      kind: "object",
      properties: { totalAmount: yenAmountRule, currency: currencyRule },
      required: ["totalAmount"],
      closed: true,
    },
    reason: { kind: "string", minLength: 1, maxLength: 50 },
  },
  required: ["amountDetails"],
  closed: true,
};

/** Rules of `AuthorizationReversalRequest`: A reversal of an authorization identified by its id. */
export const authorizationReversalRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: {
      kind: "object",
      properties: { code: { kind: "string", minLength: 1, maxLength: 50 } },
      required: [],
      closed: true,
    },
    reversalInformation: reversalInformationRule,
  },
  required: ["reversalInformation"],
  closed: true,
};

/** Rules of `TimeoutReversalRequest`: A reversal of an authorization identified by the transaction id it was sent with. */
export const timeoutReversalRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: {
      kind: "object",
      properties: {
        transactionId: {
          kind: "string",
          minLength: 1,
          maxLength: 30,
          pattern: "^[0-9A-Za-z_-]+$",
          patternDescription: "ASCII letters, digits, hyphens and underscores",
        },
        code: { kind: "string", minLength: 1, maxLength: 50 },
      },
      required: ["transactionId"],
      closed: true,
    },
    reversalInformation: reversalInformationRule,
    orderInformation: {
      kind: "object",
      properties: {
        amountDetails: {
          kind: "object",
          properties: { currency: currencyRule },
          required: ["currency"],
          closed: true,
        },
      },
      required: [],
      closed: true,
    },
  },
  required: ["clientReferenceInformation", "reversalInformation"],
  closed: true,
};

/** Rules of `CardNetwork`: A card network that Flex Microform supports. */
const cardNetworkRule: FieldRule = {
  kind: "string",
  enum: [
    "VISA",
    "MASTERCARD",
    "AMEX",
    "CARNET",
    "CARTESBANCAIRES",
    "CUP",
    "DINERSCLUB",
    "DISCOVER",
    "EFTPOS",
    "ELO",
    "JAYWAN",
    "JCB",
    "JCREW",
    "KCP",
    "MADA",
    "MAESTRO",
    "MEEZA",
    "PAYPAK",
    "UATP",
  ],
};

/** Rules of `CaptureContextRequest`: Asks for a Flex Microform v2 capture context: the signed JWT that lets Microform's card */
export const captureContextRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientVersion: { kind: "string", minLength: 1, maxLength: 60 },
    targetOrigins: {
      kind: "array",
      items: {
        kind: "string",
        maxLength: 2048,
        pattern: "^https?://[^/?#*]+$",
        patternDescription: "an origin such as https://shop.example.jp (no path, no wildcard)",
      },
      minItems: 1,
      maxItems: 9,
    },
    allowedCardNetworks: { kind: "array", items: cardNetworkRule, minItems: 1 },
    allowedPaymentTypes: {
      kind: "array",
      items: { kind: "string", enum: ["CARD", "CHECK"] },
      minItems: 1,
    },
  },
  required: ["targetOrigins", "allowedCardNetworks"],
  closed: true,
};

/** Values of `Currency`. ISO 4217 alphabetic code. JPO payments are in yen, so the only value is `JPY`. Cybersource */
export const currencyValues = ["JPY"] as const;

/** Values of `CardTypeCode`. Cybersource's three-digit card type code. JPO on Visa Platform Connect accepts only `001` */
export const cardTypeCodeValues = [
  "001",
  "002",
  "003",
  "004",
  "005",
  "006",
  "007",
  "024",
  "036",
  "039",
  "042",
  "062",
] as const;

/** Values of `PaymentMethodCode`. The Japanese Payment Option: `10` single (一括払い), `21`-`24` bonus (ボーナス一括払い), */
export const paymentMethodCodeValues = [
  "10",
  "21",
  "22",
  "23",
  "24",
  "31",
  "32",
  "33",
  "34",
  "61",
  "80",
] as const;

/** Values of `PreapprovalType`. The kind of pre-approval (Japan only): `0` normal authorization, `1` negative-card check */
export const preapprovalTypeValues = ["0", "1", "2", "3", "4", "5", "6"] as const;

/** Values of `AuthorizationStatus`. The outcome. Only `AUTHORIZED` and `PARTIAL_AUTHORIZED` are approvals that can be captured; */
export const authorizationStatusValues = [
  "AUTHORIZED",
  "PARTIAL_AUTHORIZED",
  "AUTHORIZED_PENDING_REVIEW",
  "AUTHORIZED_RISK_DECLINED",
  "PENDING_AUTHENTICATION",
  "PENDING_REVIEW",
  "DECLINED",
  "INVALID_REQUEST",
] as const;

/** Values of `DeclineReason`. Why an authorization was not approved. */
export const declineReasonValues = [
  "AVS_FAILED",
  "CONTACT_PROCESSOR",
  "EXPIRED_CARD",
  "PROCESSOR_DECLINED",
  "INSUFFICIENT_FUND",
  "STOLEN_LOST_CARD",
  "ISSUER_UNAVAILABLE",
  "UNAUTHORIZED_CARD",
  "CVN_NOT_MATCH",
  "EXCEEDS_CREDIT_LIMIT",
  "INVALID_CVN",
  "BLOCKED_BY_CARDHOLDER",
  "DECLINED_CHECK",
  "BLACKLISTED_CUSTOMER",
  "SUSPENDED_ACCOUNT",
  "PAYMENT_REFUSED",
  "CV_FAILED",
  "INVALID_ACCOUNT",
  "GENERAL_DECLINE",
  "INVALID_MERCHANT_CONFIGURATION",
  "DECISION_PROFILE_REJECT",
  "SCORE_EXCEEDS_THRESHOLD",
  "PENDING_AUTHENTICATION",
  "ACH_VERIFICATION_FAILED",
  "DECISION_PROFILE_REVIEW",
  "CONSUMER_AUTHENTICATION_REQUIRED",
  "CONSUMER_AUTHENTICATION_FAILED",
  "ALLOWABLE_PIN_RETRIES_EXCEEDED",
  "PROCESSOR_ERROR",
  "CUSTOMER_WATCHLIST_MATCH",
  "ADDRESS_COUNTRY_WATCHLIST_MATCH",
  "EMAIL_COUNTRY_WATCHLIST_MATCH",
  "IP_COUNTRY_WATCHLIST_MATCH",
  "DAGGREJECTED",
  "DAGGDENIED",
  "DSYSREJECTED",
] as const;

/** Values of `AuthorizationAction`. A service bundled with the authorization. `TOKEN_CREATE` stores the card (from a card */
export const authorizationActionValues = ["TOKEN_CREATE"] as const;

/** Values of `ActionTokenType`. A TMS token type to create with `TOKEN_CREATE`. Without `actionTokenTypes` the default type */
export const actionTokenTypeValues = [
  "customer",
  "paymentInstrument",
  "instrumentIdentifier",
  "shippingAddress",
] as const;

/** Values of `CardNetwork`. A card network that Flex Microform supports. */
export const cardNetworkValues = [
  "VISA",
  "MASTERCARD",
  "AMEX",
  "CARNET",
  "CARTESBANCAIRES",
  "CUP",
  "DINERSCLUB",
  "DISCOVER",
  "EFTPOS",
  "ELO",
  "JAYWAN",
  "JCB",
  "JCREW",
  "KCP",
  "MADA",
  "MAESTRO",
  "MEEZA",
  "PAYPAK",
  "UATP",
] as const;
