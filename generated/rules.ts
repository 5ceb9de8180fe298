// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

/** A validation rule derived from one schema of spec/openapi.yaml. */
export type FieldRule = StringRule | IntegerRule | BooleanRule | ArrayRule | ObjectRule | OneOfRule;

/** What every rule carries: where it comes from. */
export interface RuleSource {
  /** The Cybersource document, spec pointer, example or SDK model the constraints come from. */
  readonly source?: string;
}

/** A field whose absence is a warning, because some Cybersource source calls it required. */
export interface Recommendation {
  /** Dotted path below the object, e.g. `installments` or `clientReferenceInformation.code`. */
  readonly field: string;
  /** The source that calls it required. */
  readonly source: string;
}

/** A string field. `pattern` is an ECMAScript regular expression for the `u` flag. */
export interface StringRule extends RuleSource {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** What `pattern` allows, in words, for error messages. */
  readonly patternDescription?: string;
  readonly enum?: readonly string[];
  readonly format?: string;
  /** `warning` when a failed `pattern` or `enum` only warns (the sources disagree). */
  readonly severity?: "warning";
  /** Longer than this (but within `maxLength`) is a warning. */
  readonly warnMaxLength?: number;
}

/** An integer field. */
export interface IntegerRule extends RuleSource {
  readonly kind: "integer";
  readonly minimum?: number;
  readonly maximum?: number;
  /** Also a string of ASCII digits (`type: [integer, string]`), as Cybersource's examples send it. */
  readonly digitString?: true;
}

/** A boolean field. */
export interface BooleanRule extends RuleSource {
  readonly kind: "boolean";
}

/** An array field. */
export interface ArrayRule extends RuleSource {
  readonly kind: "array";
  readonly items: FieldRule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An object. A closed object (`additionalProperties: false`) allows only `properties`. */
export interface ObjectRule extends RuleSource {
  readonly kind: "object";
  readonly properties: { readonly [name: string]: FieldRule };
  readonly required: readonly string[];
  readonly closed: boolean;
  /** Fields whose absence is a warning. */
  readonly recommended?: readonly Recommendation[];
}

/** One of several object shapes, chosen by the value of the `discriminator` property. */
export interface OneOfRule extends RuleSource {
  readonly kind: "oneOf";
  readonly discriminator: string;
  readonly mapping: { readonly [value: string]: FieldRule };
}

/** Rules of `ReferenceCode`: The merchant's order or reference number. Depending on the account, Cybersource may require */
const referenceCodeRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 59,
  warnMaxLength: 50,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/code (maxLength 59); REST field reference client-ref-info-code (String 50); official-spec-payments-extract.json (2020) maxLength 50",
};

/** Rules of `TransactionId`: The merchant's id for this request, at most 30 characters. A timeout reversal */
const transactionIdRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 30,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/transactionId (maxLength 30, no pattern); REST field reference client-ref-info-transaction-id ('Other Transactions: 30', no charset); cybersource-rest-samples-node authorization-for-timeout-reversal-flow.js (a number)",
};

/** Rules of `Partner`: Identifies a partner solution. Cybersource: "Send this value in all requests that are sent */
const partnerRule: ObjectRule = {
  kind: "object",
  properties: {
    developerId: {
      kind: "string",
      maxLength: 8,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/partner/properties/developerId (maxLength 8)",
    },
    solutionId: {
      kind: "string",
      maxLength: 8,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/partner/properties/solutionId (maxLength 8)",
    },
    thirdPartyCertificationNumber: {
      kind: "string",
      maxLength: 12,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/partner/properties/thirdPartyCertificationNumber (maxLength 12)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/partner; cybersource-rest-client 0.0.83 Ptsv2paymentsClientReferenceInformationPartner and src/utilities/tracking/SdkTracker.js",
};

/** Rules of `ClientReferenceInformation`: The merchant's own references for the request. */
const clientReferenceInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    code: referenceCodeRule,
    transactionId: transactionIdRule,
    comments: {
      kind: "string",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/comments (type string, no maxLength)",
    },
    partner: partnerRule,
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation (the same model on captures: #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/clientReferenceInformation)",
};

/** Rules of `CommerceIndicator`: The type of transaction. The valid values depend on the processor; these are Visa Platform */
const commerceIndicatorRule: FieldRule = {
  kind: "string",
  maxLength: 20,
  enum: [
    "internet",
    "vbv",
    "vbv_attempted",
    "vbv_failure",
    "moto",
    "retail",
    "recurring",
    "recurring_internet",
    "install",
    "install_internet",
  ],
  severity: "warning",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/commerceIndicator (maxLength 20; 'The list of valid values … depends on your processor'; 'Card Present: You must set this field to retail'); Simple Order field reference cc-auth-service-commerce-indicator.html (VPC values); VPC 'Required Fields for Processing an Authorization Using Visa Secure' (vbv, vbv_attempted, vbv_failure or internet)",
};

/** Rules of `BusinessName`: The merchant's name in Japanese characters (kanji, kana and other full-width characters */
const businessNameRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "[^ 　]",
  patternDescription: "not blank",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/businessName (maxLength 25, 'Business name in Japanese characters'); cybersource-jpo-installment-auth.md (required)",
};

/** Rules of `BusinessNameKatakana`: The merchant's name in katakana, at most 25 characters, not blank: katakana in either width */
const businessNameKatakanaRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
  patternDescription:
    "katakana (full- or half-width, with ー, ・ and spaces), Latin letters, digits and & ' , . - ( ) /; no hiragana or kanji, not blank",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/businessNameKatakana (maxLength 25, 'Business name in Katakana characters', no charset); Simple Order field reference jpo-business-name-katakana (String 25); Ministry of Justice, characters allowed in registered trade names (moj.go.jp/MINJI/minji44.html); cybersource-jpo-installment-auth.md (わが社の場合 shown AUTHORIZED)",
};

/** Rules of `BusinessNameAlphaNumeric`: The merchant's name in printable ASCII (letters, digits, spaces and punctuation such as */
const businessNameAlphaNumericRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$",
  patternDescription: "printable ASCII characters, not blank",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/businessNameAlphaNumeric (maxLength 25, 'Business name in alphanumeric characters', no charset); SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/firstName ('Credit card networks cannot process transactions that contain non-ASCII characters')",
};

/** Rules of `JccaTerminalId`: The 13-digit terminal identifier that the Japan Credit Card Association (JCCA) assigns, */
const jccaTerminalIdRule: FieldRule = {
  kind: "string",
  maxLength: 13,
  pattern: "^[0-9]{13}$",
  patternDescription: "13 digits",
  severity: "warning",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/terminalId (maxLength 13); official-spec-payments-extract.json (2020) ('13-digit JCCA number'); cybersource-jpo-installment-auth.md ('Required for card-present transactions')",
};

/** Rules of `Jis2TrackData`: The JIS II track data read from the front of a Japanese card, for card-present */
const jis2TrackDataRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 69,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/jis2TrackData (maxLength 69)",
};

/** Rules of `PreapprovalType`: The kind of pre-approval (Japan only): `0` normal authorization, `1` negative-card check */
const preapprovalTypeRule: FieldRule = {
  kind: "string",
  enum: ["0", "1", "2", "3", "4", "5", "6"],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/preapprovalType (maxLength 1, values 0-6); cybersource-rest-client 0.0.83 Ptsv2paymentsProcessingInformationJapanPaymentOptions",
};

/** Rules of `JpoSinglePayment`: The whole amount is billed at once, with no installments and no bonus payment. */
const jpoSinglePaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: {
      kind: "string",
      enum: ["10"],
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (REST codes 10, 21-24, 31-34, 61, 80)",
    },
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod ('10 (Single payment)'); REST field reference processing-info-japan-payment-ops-payment-method (not required for 10)",
};

/** Rules of `InstallmentCount`: Number of monthly payments, 1 to 99, as one or two digits. Cybersource documents it as a */
const installmentCountRule: FieldRule = {
  kind: "string",
  maxLength: 2,
  pattern: "^(0?[1-9]|[1-9][0-9])$",
  patternDescription: "a number of installments from 1 to 99",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/installments (maximum 99); REST field reference processing-info-japan-payments-ops-installments (String 2)",
};

/** Rules of `FirstBillingMonth`: The month of the first payment, `01` to `12`. When it is left out, Cybersource bills from */
const firstBillingMonthRule: FieldRule = {
  kind: "string",
  minLength: 2,
  maxLength: 2,
  pattern: "^(0[1-9]|1[0-2])$",
  patternDescription: "a two-digit month, 01 to 12",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/firstBillingMonth (maxLength 2, 'Billing month in MM format'); REST field reference processing-info-japan-payment-ops-first-billing-mo ('Possible values: 01 through 12 … set to the calendar month that follows the transaction date')",
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
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses/items/properties/month (maxLength 2, 'Valid value from 1 to 12')",
    },
    amount: {
      kind: "string",
      maxLength: 8,
      pattern: "^[1-9][0-9]{0,7}$",
      patternDescription: "whole yen from 1 to 99999999, digits only",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses/items/properties/amount (maxLength 8, 'Maximum value without decimal 99999999')",
    },
  },
  required: ["month", "amount"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses/items (month, amount)",
};

/** Rules of `JpoBonuses`: The bonus payments (ボーナス払い), at most six, each a month and an amount. */
const jpoBonusesRule: FieldRule = {
  kind: "array",
  items: jpoBonusRule,
  minItems: 1,
  maxItems: 6,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses ('Max length = 6'; optional)",
};

/** Rules of `JpoBonusPayment`: The whole amount is billed with the cardholder's next bonus (Japanese salaries pay bonuses, */
const jpoBonusPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: {
      kind: "string",
      enum: ["21", "22", "23", "24"],
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (REST codes 10, 21-24, 31-34, 61, 80)",
    },
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
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
  recommended: [
    {
      field: "installments",
      source:
        "REST field reference processing-info-japan-payments-ops-installments ('required for authorization and capture requests if … paymentMethod … is set to 21, 22, 23, 24, 31, 32, 33, 34, or 80'); Simple Order field reference jpo-installments (jpo_paymentMethod 2); absent from the bonus examples",
    },
  ],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions; JCN Gateway bonus example payments-jpo-auth-bonus.html (21, no installments, no bonuses)",
};

/** Rules of `JpoBonusInstallmentPayment`: Monthly installments plus extra payments in bonus months. `installments` is expected (a */
const jpoBonusInstallmentPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: {
      kind: "string",
      enum: ["31", "32", "33", "34"],
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (REST codes 10, 21-24, 31-34, 61, 80)",
    },
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
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
  recommended: [
    {
      field: "installments",
      source:
        "REST field reference processing-info-japan-payments-ops-installments ('required for authorization and capture requests if … paymentMethod … is set to 21, 22, 23, 24, 31, 32, 33, 34, or 80'); Simple Order payments-jpo-auth-combo-reqfields.html (jpo_installments)",
    },
  ],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses (optional array); Simple Order payments-jpo-auth-combo-reqfields.html (installments, firstBillingMonth, no bonus field); cybersource-jpo-installment-auth.md (31 without bonuses, AUTHORIZED)",
};

/** Rules of `JpoInstallmentPayment`: The amount is split into `installments` monthly payments. */
const jpoInstallmentPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: {
      kind: "string",
      enum: ["61"],
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (REST codes 10, 21-24, 31-34, 61, 80)",
    },
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
  source:
    "cybersource-jpo-installment-auth.md (required fields: installments, paymentMethod 61); Simple Order field reference jpo-installments (jpo_paymentMethod 4)",
};

/** Rules of `JpoRevolvingPayment`: The cardholder repays in monthly amounts agreed with the issuer. Cybersource's field */
const jpoRevolvingPaymentRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: {
      kind: "string",
      enum: ["80"],
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (REST codes 10, 21-24, 31-34, 61, 80)",
    },
    installments: installmentCountRule,
    firstBillingMonth: firstBillingMonthRule,
    businessName: businessNameRule,
    businessNameKatakana: businessNameKatakanaRule,
    businessNameAlphaNumeric: businessNameAlphaNumericRule,
    terminalId: jccaTerminalIdRule,
    jis2TrackData: jis2TrackDataRule,
    preapprovalType: preapprovalTypeRule,
  },
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  closed: true,
  recommended: [
    {
      field: "installments",
      source:
        "REST field reference processing-info-japan-payments-ops-installments ('required for authorization and capture requests if … paymentMethod … is set to 21, 22, 23, 24, 31, 32, 33, 34, or 80'); payments-jpo-auth-revolving-reqfields.html ('Set this field to the number of installment payments')",
    },
  ],
  source:
    "REST payments-jpo-auth-revolving-reqfields.html (firstBillingMonth, installments, paymentMethod 80); payments-jpo-auth-revolving-ex-rest.html (installments 12, AUTHORIZED)",
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
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions; REST field reference processing-info-japan-payments-ops-installments ('required for authorization and capture requests if … paymentMethod … is set to 21, 22, 23, 24, 31, 32, 33, 34, or 80'); REST field reference processing-info-japan-payment-ops-payment-method ('required for authorization and capture requests if set to 21, 22, 23, 24, 31, 32, 34, 61, or 80'); cybersource-jpo-installment-auth.md (paymentMethod 61: installments)",
};

/** Rules of `AuthorizationAction`: A service bundled with the authorization. `TOKEN_CREATE` stores the card (from a card */
const authorizationActionRule: FieldRule = {
  kind: "string",
  enum: ["TOKEN_CREATE", "CONSUMER_AUTHENTICATION", "VALIDATE_CONSUMER_AUTHENTICATION"],
  source:
    "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsProcessingInformation.md (actionList); SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/actionList; cybersource-rest-samples-node Samples/Payments/Payments/payment-with-flex-token-create-permanent-tms-token.js, authorization-with-pa-enroll-authentication-needed.js, authorization-with-payer-auth-validation.js",
};

/** Rules of `ActionTokenType`: A TMS token type to create with `TOKEN_CREATE`. Without `actionTokenTypes` the default type */
const actionTokenTypeRule: FieldRule = {
  kind: "string",
  enum: ["customer", "paymentInstrument", "instrumentIdentifier", "shippingAddress"],
  source:
    "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsProcessingInformation.md (actionTokenTypes)",
};

/** Rules of `AuthorizationProcessingInformation`: How the payment is to be processed. */
const authorizationProcessingInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    capture: { kind: "boolean" },
    commerceIndicator: commerceIndicatorRule,
    japanPaymentOptions: japanPaymentOptionsRule,
    actionList: {
      kind: "array",
      items: authorizationActionRule,
      minItems: 1,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/actionList; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsProcessingInformation.md (actionList)",
    },
    actionTokenTypes: {
      kind: "array",
      items: actionTokenTypeRule,
      minItems: 1,
      source:
        "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsProcessingInformation.md (actionTokenTypes); japan-merchant-needs.md §2.3",
    },
  },
  required: ["japanPaymentOptions"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation",
};

/** Rules of `TwoDigitMonth`: A calendar month as two digits, `01` (January) to `12` (December). */
const twoDigitMonthRule: FieldRule = {
  kind: "string",
  minLength: 2,
  maxLength: 2,
  pattern: "^(0[1-9]|1[0-2])$",
  patternDescription: "a two-digit month, 01 to 12",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card/properties/expirationMonth (maxLength 2, 01-12)",
};

/** Rules of `CardTypeCode`: Cybersource's three-digit card type code. JPO on Visa Platform Connect accepts only `001` */
const cardTypeCodeRule: FieldRule = {
  kind: "string",
  enum: ["001", "002", "003", "004", "005", "006", "007", "024", "036", "039", "042", "062"],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card/properties/type (three-digit codes); cybersource-jpo-installment-auth.md (Visa only on VPC: visa-only is a business rule)",
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
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card/properties/number (maxLength 20); ISO/IEC 7812 (12-19 digits)",
    },
    expirationMonth: twoDigitMonthRule,
    expirationYear: {
      kind: "string",
      minLength: 4,
      maxLength: 4,
      pattern: "^[0-9]{4}$",
      patternDescription: "four digits",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card/properties/expirationYear (maxLength 4, YYYY)",
    },
    type: cardTypeCodeRule,
    securityCode: {
      kind: "string",
      maxLength: 4,
      pattern: "^[0-9]{3,4}$",
      patternDescription: "3 or 4 digits",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card/properties/securityCode (maxLength 4)",
    },
  },
  required: ["number", "expirationMonth", "expirationYear", "type"],
  closed: true,
  source:
    "cybersource-jpo-installment-auth.md (required: number, expirationMonth, expirationYear, type); SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation/properties/card",
};

/** Rules of `TmsTokenId`: A Token Management Service (TMS) token id, at most 32 characters (Cybersource's TMS issues 32 */
const tmsTokenIdRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 32,
  source:
    "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationCustomer.md; https://developer.cybersource.com/docs/cybs/en-us/tms/developer/ctv/rest/tms/tms-overview.html",
};

/** Rules of `TmsCustomer`: A TMS customer token: its default payment instrument (the card) and default shipping address */
const tmsCustomerRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationCustomer.md; cybersource-rest-samples-node Samples/Payments/Payments/authorization-with-customer-token-id.js",
};

/** Rules of `TmsPaymentInstrument`: A TMS payment instrument token (a card with its billing address). */
const tmsPaymentInstrumentRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
  source: "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationPaymentInstrument.md",
};

/** Rules of `TmsInstrumentIdentifier`: A TMS instrument identifier token (the card number alone). Send the expiry in */
const tmsInstrumentIdentifierRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationInstrumentIdentifier.md; cybersource-rest-samples-node Samples/Payments/Payments/authorization-with-instrument-identifier-token-id.js",
};

/** Rules of `TmsShippingAddress`: A TMS shipping address token; it is not a card, and goes with a card source. */
const tmsShippingAddressRule: ObjectRule = {
  kind: "object",
  properties: { id: tmsTokenIdRule },
  required: ["id"],
  closed: true,
  source: "cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformationShippingAddress.md",
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
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/paymentInformation; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsPaymentInformation.md; developer.cybersource.com api-fields token-source-transient-token.html; cybersource-jpo-installment-auth.md (card fields)",
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
      source:
        "https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/flex-api-2/flex-api-2-payment.html; https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/so/api-fields/token-source-transient-token.html; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsTokenInformation.md",
    },
    jti: {
      kind: "string",
      minLength: 1,
      maxLength: 64,
      source:
        "https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/flex-api-2/flex-api-2-payment.html; https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/so/api-fields/token-source-transient-token.html; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsTokenInformation.md",
    },
    networkTokenOption: {
      kind: "string",
      enum: ["ignore", "prefer"],
      source:
        "https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/flex-api-2/flex-api-2-payment.html; https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/so/api-fields/token-source-transient-token.html; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsTokenInformation.md",
    },
  },
  required: [],
  closed: true,
  source:
    "https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/flex-api-2/flex-api-2-payment.html; https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/so/api-fields/token-source-transient-token.html; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsTokenInformation.md",
};

/** Rules of `YenAmount`: An amount in whole Japanese yen, as a string of digits without a decimal point or */
const yenAmountRule: FieldRule = {
  kind: "string",
  maxLength: 12,
  pattern: "^(0|[1-9][0-9]*)$",
  patternDescription: "whole yen: digits only, no decimal point, no leading zero",
  source:
    'SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/amountDetails/properties/totalAmount (maxLength 19; \'For CTV … maximum length … is 12\'); ISO 4217 (JPY has no minor unit); cybersource-jpo-installment-auth.md (authorizedAmount "100" for "100.00")',
};

/** Rules of `Currency`: ISO 4217 alphabetic code. JPO payments are in yen, so the only value is `JPY`. Cybersource */
const currencyRule: FieldRule = {
  kind: "string",
  enum: ["JPY"],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/amountDetails/properties/currency (ISO 4217, maxLength 3); cybersource-jpo-installment-auth.md (JPO is in yen; the example sends jpy)",
};

/** Rules of `AmountDetails`: The amount to authorize. */
const amountDetailsRule: ObjectRule = {
  kind: "object",
  properties: { totalAmount: yenAmountRule, currency: currencyRule },
  required: ["totalAmount", "currency"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/amountDetails; cybersource-jpo-installment-auth.md (totalAmount and currency required)",
};

/** Rules of `BillToCompany`: The cardholder's company. In Cybersource's current spec this is an object whose `name` holds */
const billToCompanyRule: ObjectRule = {
  kind: "object",
  properties: {
    name: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/name (maxLength 60)",
    },
    address1: {
      kind: "string",
      maxLength: 40,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/address1 (maxLength 40)",
    },
    address2: {
      kind: "string",
      maxLength: 40,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/address2 (maxLength 40)",
    },
    locality: {
      kind: "string",
      maxLength: 30,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/locality (maxLength 30)",
    },
    administrativeArea: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/administrativeArea (maxLength 50)",
    },
    postalCode: {
      kind: "string",
      maxLength: 10,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/postalCode (maxLength 10)",
    },
    country: {
      kind: "string",
      maxLength: 2,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company/properties/country (maxLength 2)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/company (type object); cybersource-rest-client 0.0.83 Ptsv2paymentsOrderInformationBillToCompany",
};

/** Rules of `BillTo`: The cardholder's billing address. Visa Platform Connect replaces characters outside ASCII */
const billToRule: ObjectRule = {
  kind: "object",
  properties: {
    firstName: {
      kind: "string",
      minLength: 1,
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/firstName (maxLength 60)",
    },
    middleName: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/middleName (maxLength 60)",
    },
    lastName: {
      kind: "string",
      minLength: 1,
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/lastName (maxLength 60)",
    },
    company: billToCompanyRule,
    address1: {
      kind: "string",
      minLength: 1,
      maxLength: 255,
      warnMaxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/address1 (maxLength 255; 'All other processors: String (60)'; VPC truncates address1+address2 at 40)",
    },
    address2: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/address2 (maxLength 60)",
    },
    buildingNumber: {
      kind: "string",
      maxLength: 256,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/buildingNumber (maxLength 256)",
    },
    district: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/district (maxLength 50)",
    },
    locality: {
      kind: "string",
      minLength: 1,
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/locality (maxLength 50)",
    },
    administrativeArea: {
      kind: "string",
      minLength: 1,
      maxLength: 50,
      warnMaxLength: 20,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/administrativeArea (maxLength 50); official-spec-payments-extract.json (2020) maxLength 20",
    },
    postalCode: {
      kind: "string",
      minLength: 1,
      maxLength: 10,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/postalCode (maxLength 10)",
    },
    country: {
      kind: "string",
      minLength: 1,
      maxLength: 3,
      pattern: "^[A-Za-z]{2}$",
      patternDescription: "a two-letter ISO 3166-1 country code",
      severity: "warning",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/country (maxLength 3, 'Use the two-character ISO Standard Country Codes'); official-spec-payments-extract.json (2020) maxLength 2",
    },
    email: {
      kind: "string",
      minLength: 3,
      maxLength: 255,
      pattern:
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
      patternDescription: "an email address like taro@example.jp",
      format: "email",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/email (maxLength 255); cybersource-jpo-installment-auth.md (required); pattern: RFC 5322 §3.4.1 addr-spec (dot-atom form), the definition ajv-formats' email format uses",
    },
    phoneNumber: {
      kind: "string",
      maxLength: 15,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo/properties/phoneNumber (maxLength 15)",
    },
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
  source:
    "cybersource-jpo-installment-auth.md (required billTo fields, unless relaxed requirements); SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/billTo",
};

/** Rules of `ShipTo`: Where the order is shipped. Cybersource calls `address1` and `country` required when any */
const shipToRule: ObjectRule = {
  kind: "object",
  properties: {
    firstName: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/firstName (maxLength 60)",
    },
    middleName: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/middleName (maxLength 60)",
    },
    lastName: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/lastName (maxLength 60)",
    },
    company: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/company (string, maxLength 60)",
    },
    address1: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/address1 (maxLength 60)",
    },
    address2: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/address2 (maxLength 60)",
    },
    buildingNumber: {
      kind: "string",
      maxLength: 15,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/buildingNumber (maxLength 15)",
    },
    district: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/district (maxLength 50)",
    },
    locality: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/locality (maxLength 50)",
    },
    administrativeArea: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/administrativeArea (maxLength 50)",
    },
    postalCode: {
      kind: "string",
      maxLength: 32,
      warnMaxLength: 10,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/postalCode (maxLength 32); official-spec-payments-extract.json (2020) maxLength 10",
    },
    country: {
      kind: "string",
      maxLength: 3,
      warnMaxLength: 2,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/country (maxLength 3, 'Use the two-character ISO Standard Country Codes')",
    },
    phoneNumber: {
      kind: "string",
      maxLength: 15,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/phoneNumber (maxLength 15)",
    },
    email: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/email (maxLength 255)",
    },
  },
  required: [],
  closed: true,
  recommended: [
    {
      field: "address1",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/address1 ('Required field for authorization if any shipping address information is included')",
    },
    {
      field: "country",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo/properties/country ('Required field for authorization if any shipping address information is included')",
    },
  ],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/shipTo; cybersource-rest-client 0.0.83 Ptsv2paymentsOrderInformationShipTo",
};

/** Rules of `LineItem`: One line of the order. Cybersource: when `productCode` is neither `default` nor a shipping or */
const lineItemRule: ObjectRule = {
  kind: "object",
  properties: {
    productCode: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/productCode (maxLength 255, default 'default')",
    },
    productName: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/productName (maxLength 255)",
    },
    productSku: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/productSku (maxLength 255)",
    },
    quantity: {
      kind: "integer",
      minimum: 1,
      maximum: 999999999,
      digitString: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/quantity (integer, 1-999999999)",
    },
    unitPrice: {
      kind: "string",
      maxLength: 15,
      pattern: "^[0-9]+(\\.[0-9]+)?$",
      patternDescription: "a non-negative amount (digits, optionally a decimal point)",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/unitPrice (maxLength 15; 'cannot be negative … decimal point (.), but you cannot include any other special characters')",
    },
    taxAmount: {
      kind: "string",
      maxLength: 15,
      pattern: "^[0-9]+(\\.[0-9]+)?$",
      patternDescription: "a non-negative amount (digits, optionally a decimal point)",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items/properties/taxAmount (maxLength 15; 'This value cannot be negative')",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems/items; cybersource-rest-client 0.0.83 Ptsv2paymentsOrderInformationLineItems",
};

/** Rules of `AuthorizationOrderInformation`: The amount, the cardholder's billing and shipping details and the order's lines. */
const authorizationOrderInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    amountDetails: amountDetailsRule,
    billTo: billToRule,
    shipTo: shipToRule,
    lineItems: {
      kind: "array",
      items: lineItemRule,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/lineItems (type array)",
    },
    invoiceDetails: {
      kind: "object",
      properties: {
        salesSlipNumber: {
          kind: "integer",
          minimum: 0,
          maximum: 99999,
          source:
            "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/invoiceDetails/properties/salesSlipNumber (integer, maximum 99999)",
        },
        purchaseOrderNumber: {
          kind: "string",
          maxLength: 50,
          warnMaxLength: 25,
          source:
            "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/invoiceDetails/properties/purchaseOrderNumber (maxLength 50); official-spec-payments-extract.json (2020) maxLength 25",
        },
      },
      required: [],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation/properties/invoiceDetails",
    },
  },
  required: ["amountDetails", "billTo"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/orderInformation; cybersource-jpo-installment-auth.md (amountDetails and billTo required)",
};

/** Rules of `BuyerInformation`: Who is buying. Cybersource's authorization has no `buyerInformation.email`: the email goes in */
const buyerInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    merchantCustomerId: {
      kind: "string",
      maxLength: 100,
      warnMaxLength: 30,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/buyerInformation/properties/merchantCustomerId (maxLength 100; 30 when a profile is created)",
    },
    dateOfBirth: {
      kind: "string",
      maxLength: 8,
      pattern: "^[0-9]{8}$",
      patternDescription: "eight digits, YYYYMMDD",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/buyerInformation/properties/dateOfBirth (maxLength 8; 'CyberSource ensures that the value is eight numeric characters')",
    },
    mobilePhone: {
      kind: "integer",
      minimum: 0,
      digitString: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/buyerInformation/properties/mobilePhone (type integer, maxLength 25, Brazil Visa Secure only)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/buyerInformation (merchantCustomerId, dateOfBirth, mobilePhone, … no email); cybersource-rest-client 0.0.83 Ptsv2paymentsBuyerInformation",
};

/** Rules of `DeviceInformation`: The customer's device, for fraud screening. */
const deviceInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    fingerprintSessionId: {
      kind: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      patternDescription: "letters, digits, hyphens and underscores",
      severity: "warning",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/fingerprintSessionId (no maxLength; 'uppercase and lowercase letters, digits, hyphen (-), and underscore (_)')",
    },
    ipAddress: {
      kind: "string",
      maxLength: 48,
      warnMaxLength: 45,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/ipAddress (maxLength 45); official-spec-payments-extract.json (2020) maxLength 48",
    },
    hostName: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/hostName (maxLength 60)",
    },
    userAgent: {
      kind: "string",
      maxLength: 40,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/userAgent (maxLength 40)",
    },
    userAgentBrowserValue: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/userAgentBrowserValue (maxLength 255)",
    },
    httpAcceptBrowserValue: {
      kind: "string",
      maxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpAcceptBrowserValue (maxLength 255)",
    },
    httpAcceptContent: {
      kind: "string",
      maxLength: 256,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpAcceptContent (maxLength 256)",
    },
    httpBrowserLanguage: {
      kind: "string",
      maxLength: 8,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserLanguage (maxLength 8)",
    },
    httpBrowserJavaEnabled: {
      kind: "boolean",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserJavaEnabled (type boolean)",
    },
    httpBrowserJavaScriptEnabled: {
      kind: "boolean",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserJavaScriptEnabled (type boolean)",
    },
    httpBrowserColorDepth: {
      kind: "string",
      maxLength: 2,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserColorDepth (maxLength 2)",
    },
    httpBrowserScreenHeight: {
      kind: "string",
      maxLength: 6,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserScreenHeight (maxLength 6)",
    },
    httpBrowserScreenWidth: {
      kind: "string",
      maxLength: 6,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserScreenWidth (maxLength 6)",
    },
    httpBrowserTimeDifference: {
      kind: "string",
      maxLength: 5,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserTimeDifference (maxLength 5)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation; cybersource-rest-client 0.0.83 Ptsv2paymentsDeviceInformation",
};

/** Rules of `MerchantDescriptor`: What the cardholder's statement shows for the merchant, where the processor supports it. */
const merchantDescriptorRule: ObjectRule = {
  kind: "object",
  properties: {
    name: {
      kind: "string",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/name (type string, no maxLength)",
    },
    alternateName: {
      kind: "string",
      maxLength: 13,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/alternateName (maxLength 13)",
    },
    contact: {
      kind: "string",
      maxLength: 25,
      warnMaxLength: 14,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/contact (maxLength 25); official-spec-payments-extract.json (2020) maxLength 14",
    },
    address1: {
      kind: "string",
      maxLength: 60,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/address1 (maxLength 60)",
    },
    locality: {
      kind: "string",
      maxLength: 30,
      warnMaxLength: 13,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/locality (maxLength 30); official-spec-payments-extract.json (2020) maxLength 13",
    },
    country: {
      kind: "string",
      maxLength: 3,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/country (maxLength 3)",
    },
    postalCode: {
      kind: "string",
      maxLength: 14,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor/properties/postalCode (maxLength 14)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation/properties/merchantDescriptor; cybersource-rest-client 0.0.83 Ptsv2paymentsMerchantInformationMerchantDescriptor",
};

/** Rules of `MerchantInformation`: The merchant's details for this payment. */
const merchantInformationRule: ObjectRule = {
  kind: "object",
  properties: { merchantDescriptor: merchantDescriptorRule },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantInformation",
};

/** Rules of `MerchantDefinedField`: One merchant-defined field. */
const merchantDefinedFieldRule: ObjectRule = {
  kind: "object",
  properties: {
    key: {
      kind: "string",
      maxLength: 50,
      pattern: "^(100|[1-9]?[0-9])$",
      patternDescription: "a field number from 0 to 100",
      severity: "warning",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantDefinedInformation/items/properties/key (maxLength 50; 'Valid values are 0 to 100')",
    },
    value: {
      kind: "string",
      maxLength: 800,
      warnMaxLength: 255,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantDefinedInformation/items/properties/value (maxLength 800); official-spec-payments-extract.json (2020) maxLength 255",
    },
  },
  required: ["key", "value"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantDefinedInformation/items",
};

/** Rules of `MerchantDefinedInformation`: Up to 100 merchant-defined fields. Cybersource forbids personal data here: "merchants are */
const merchantDefinedInformationRule: FieldRule = {
  kind: "array",
  items: merchantDefinedFieldRule,
  maxItems: 100,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/merchantDefinedInformation (type array; PII prohibition in the value description)",
};

/** Rules of `PointOfSaleInformation`: The terminal of a card-present payment. Not the JCCA terminal id, which goes in */
const pointOfSaleInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    terminalId: {
      kind: "string",
      maxLength: 8,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/pointOfSaleInformation/properties/terminalId (maxLength 8)",
    },
    entryMode: {
      kind: "string",
      maxLength: 11,
      enum: ["contact", "contactless", "keyed", "msd", "swiped"],
      severity: "warning",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/pointOfSaleInformation/properties/entryMode (maxLength 11; possible values contact, contactless, keyed, msd, swiped)",
    },
    terminalCapability: {
      kind: "integer",
      minimum: 1,
      maximum: 5,
      digitString: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/pointOfSaleInformation/properties/terminalCapability (integer 1-5)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/pointOfSaleInformation; cybersource-rest-client 0.0.83 Ptsv2paymentsPointOfSaleInformation",
};

/** Rules of `ConsumerAuthenticationInformation`: EMV 3-D Secure (Visa Secure) data. Either the result of an authentication run elsewhere, */
const consumerAuthenticationInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    cavv: {
      kind: "string",
      maxLength: 40,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/cavv (maxLength 40); official-spec-payments-extract.json (2020) maxLength 40",
    },
    xid: {
      kind: "string",
      maxLength: 40,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/xid (maxLength 40)",
    },
    eciRaw: {
      kind: "string",
      maxLength: 2,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/eciRaw (maxLength 2); VPC 'Required Fields for Processing an Authorization Using Visa Secure' (05, 06, 07)",
    },
    ucafAuthenticationData: {
      kind: "string",
      maxLength: 32,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/ucafAuthenticationData (maxLength 32)",
    },
    ucafCollectionIndicator: {
      kind: "string",
      maxLength: 1,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/ucafCollectionIndicator (maxLength 1; absent from the 2020 extract)",
    },
    directoryServerTransactionId: {
      kind: "string",
      maxLength: 36,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/directoryServerTransactionId (maxLength 36)",
    },
    paSpecificationVersion: {
      kind: "string",
      maxLength: 20,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/paSpecificationVersion (maxLength 20; the 2020 extract said 1)",
    },
    authenticationTransactionId: {
      kind: "string",
      maxLength: 26,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/authenticationTransactionId (maxLength 26)",
    },
    referenceId: {
      kind: "string",
      maxLength: 50,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/referenceId (maxLength 50)",
    },
    returnUrl: {
      kind: "string",
      maxLength: 2048,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/returnUrl (maxLength 2048)",
    },
    acsWindowSize: {
      kind: "string",
      maxLength: 2,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/acsWindowSize (maxLength 2; 01-05)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsConsumerAuthenticationInformation.md",
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
    buyerInformation: buyerInformationRule,
    deviceInformation: deviceInformationRule,
    merchantInformation: merchantInformationRule,
    merchantDefinedInformation: merchantDefinedInformationRule,
    pointOfSaleInformation: pointOfSaleInformationRule,
    consumerAuthenticationInformation: consumerAuthenticationInformationRule,
  },
  required: ["orderInformation", "processingInformation"],
  closed: true,
  recommended: [
    {
      field: "clientReferenceInformation.code",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/clientReferenceInformation/properties/code ('Used by Authorization Required field'); Simple Order JPO required fields (merchantReferenceCode); the REST JPO pages omit it",
    },
  ],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties (createPaymentRequest); cybersource-jpo-installment-auth.md (required fields)",
};

/** Rules of `PaymentMethodCode`: The Japanese Payment Option: `10` single (一括払い), `21`-`24` bonus (ボーナス一括払い), */
const paymentMethodCodeRule: FieldRule = {
  kind: "string",
  enum: ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"],
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/paymentMethod (maxLength 2; 10, 21-24, 31-34, 61, 80)",
};

/** Rules of `JapanCaptureOptions`: The Japanese Payment Option as restated at capture time. Cybersource's capture model keeps */
const japanCaptureOptionsRule: ObjectRule = {
  kind: "object",
  properties: {
    paymentMethod: paymentMethodCodeRule,
    installments: installmentCountRule,
    firstBillingMonth: firstBillingMonthRule,
    bonuses: {
      kind: "string",
      maxLength: 2,
      pattern: "^0?[1-6]$",
      patternDescription: "the number of bonuses, 1 to 6",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonuses (string, maxLength 2, 'number of bonuses'); cybersource-rest-client-node 479cd4d3 docs ('Valid value from 1 to 6')",
    },
    bonusMonth: {
      kind: "string",
      maxLength: 2,
      pattern: "^(0?[1-9]|1[0-2])$",
      patternDescription: "a month from 1 to 12 (7 or 07)",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonusMonth (maxLength 2)",
    },
    bonusAmount: {
      kind: "string",
      maxLength: 12,
      pattern: "^[0-9]+$",
      patternDescription: "whole yen, digits only",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/bonusAmount (maxLength 12)",
    },
    secondBonusMonth: {
      kind: "string",
      maxLength: 2,
      pattern: "^(0?[1-9]|1[0-2])$",
      patternDescription: "a month from 1 to 12 (7 or 07)",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/secondBonusMonth (maxLength 2)",
    },
    secondBonusAmount: {
      kind: "string",
      maxLength: 12,
      pattern: "^[0-9]+$",
      patternDescription: "whole yen, digits only",
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions/properties/secondBonusAmount (maxLength 12)",
    },
  },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions; cybersource-rest-client 0.0.83 Ptsv2paymentsidcapturesProcessingInformationJapanPaymentOptions",
};

/** Rules of `CaptureRequest`: A capture of an approved authorization. */
export const captureRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    orderInformation: {
      kind: "object",
      properties: { amountDetails: amountDetailsRule },
      required: ["amountDetails"],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/orderInformation",
    },
    processingInformation: {
      kind: "object",
      properties: { japanPaymentOptions: japanCaptureOptionsRule },
      required: [],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation",
    },
  },
  required: ["orderInformation"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties (capturePaymentRequest); cybersource-rest-client 0.0.83 CapturePaymentRequest",
};

/** Rules of `ReversalReason`: A reason code. Cybersource defines one value, `34` (suspected fraud), and ignores it on */
const reversalReasonRule: FieldRule = {
  kind: "string",
  enum: ["34"],
  severity: "warning",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties/reversalInformation/properties/reason (string, no maxLength, 'Possible value: 34: Suspected fraud'); SPEC2026 /pts/v2/payments/{id}/reversals x-examples (example1 '34', example0 'testing'); github.com/juspay/hyperswitch/pull/13391 (INVALID_DATA for 'abcd')",
};

/** Rules of `ReversalInformation`: The amount to release and, optionally, a reason code. */
const reversalInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    amountDetails: {
      kind: "object",
      properties: { totalAmount: yenAmountRule, currency: currencyRule },
      required: ["totalAmount"],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties/reversalInformation/properties/amountDetails; cybersource-rest-samples-node Samples/Payments/Reversal/timeout-reversal.js (no currency)",
    },
    reason: reversalReasonRule,
  },
  required: ["amountDetails"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties/reversalInformation (the same model as #/paths/~1pts~1v2~1payments~1{id}~1reversals/post/parameters/1/schema/properties/reversalInformation)",
};

/** Rules of `AuthorizationReversalRequest`: A reversal of an authorization identified by its id. */
export const authorizationReversalRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    reversalInformation: reversalInformationRule,
  },
  required: ["reversalInformation"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1reversals/post/parameters/1/schema/properties (authReversalRequest); cybersource-rest-client 0.0.83 AuthReversalRequest",
};

/** Rules of `TimeoutReversalRequest`: A reversal of an authorization identified by the transaction id it was sent with. */
export const timeoutReversalRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: {
      kind: "object",
      properties: {
        transactionId: transactionIdRule,
        code: referenceCodeRule,
        comments: {
          kind: "string",
          source:
            "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties/clientReferenceInformation/properties/comments (type string)",
        },
        partner: partnerRule,
      },
      required: ["transactionId"],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties/clientReferenceInformation; timeout reversal page payments-timeout-auth-reversals-intro.html (transactionId required)",
    },
    reversalInformation: reversalInformationRule,
    orderInformation: {
      kind: "object",
      properties: {
        amountDetails: {
          kind: "object",
          properties: { currency: currencyRule },
          required: [],
          closed: true,
          source: "payments-timeout-auth-reversals-intro.html required fields",
        },
      },
      required: [],
      closed: true,
      source:
        "payments-timeout-auth-reversals-intro.html required fields (orderInformation.amountDetails.currency); absent from cybersource-rest-client 0.0.83 MitReversalRequest",
    },
  },
  required: ["clientReferenceInformation", "reversalInformation"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1reversals/post/parameters/0/schema/properties (mitReversalRequest); cybersource-rest-client 0.0.83 MitReversalRequest",
};

/** Rules of `TimeoutVoidRequest`: The timeout void: voids a capture whose answer was lost, found by the */
export const timeoutVoidRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: {
      kind: "object",
      properties: {
        transactionId: transactionIdRule,
        code: referenceCodeRule,
        partner: partnerRule,
        comments: {
          kind: "string",
          minLength: 1,
          source:
            "developer.cybersource.com ... um-processing-timeout-void-intro.html (example request)",
        },
      },
      required: ["transactionId"],
      closed: true,
      source:
        "cybersource-rest-client 0.0.83 MitVoidRequest clientReferenceInformation (Ptsv2paymentsClientReferenceInformation); developer.cybersource.com um-processing-timeout-void-intro.html (example request); cybersource-rest-samples-node Samples/Payments/Void/timeout-void.js (sends code and transactionId)",
    },
  },
  required: ["clientReferenceInformation"],
  closed: true,
  source:
    "developer.cybersource.com/docs/cybs/en-us/payments/developer/ctv/rest/payments/cp-mt-intro/um-processing-timeout-void-intro.html; cybersource-rest-client-node VoidApi.mitVoid (MitVoidRequest)",
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
  source:
    "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md (allowedCardNetworks)",
};

/** Rules of `CaptureContextRequest`: Asks for a Flex Microform v2 capture context: the signed JWT that lets Microform's card */
export const captureContextRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientVersion: {
      kind: "string",
      minLength: 1,
      maxLength: 60,
      source:
        "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
    },
    targetOrigins: {
      kind: "array",
      items: {
        kind: "string",
        maxLength: 2048,
        pattern: "^https?://[^/?#*]+$",
        patternDescription: "an origin such as https://shop.example.jp (no path, no wildcard)",
        source:
          "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
      },
      minItems: 1,
      maxItems: 9,
      source:
        "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
    },
    allowedCardNetworks: {
      kind: "array",
      items: cardNetworkRule,
      minItems: 1,
      source:
        "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
    },
    allowedPaymentTypes: {
      kind: "array",
      items: {
        kind: "string",
        enum: ["CARD", "CHECK"],
        source:
          "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
      },
      minItems: 1,
      source:
        "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
    },
  },
  required: ["targetOrigins", "allowedCardNetworks"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/GenerateCaptureContextRequest.md; https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/microform-integ-v2.md",
};

/** Rules of `RefundRequest`: A refund (follow-on credit) of a capture or of a sale, in full or in part. Cybersource takes */
export const refundRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    orderInformation: {
      kind: "object",
      properties: { amountDetails: amountDetailsRule },
      required: ["amountDetails"],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1captures~1{id}~1refunds/post/parameters/0/schema/properties/orderInformation",
    },
    processingInformation: {
      kind: "object",
      properties: {
        refundOptions: {
          kind: "object",
          properties: {
            reason: {
              kind: "string",
              minLength: 1,
              source:
                "SPEC2026 .../processingInformation/properties/refundOptions/properties/reason ('The reason for the refund.', type string, no maxLength)",
            },
          },
          required: [],
          closed: true,
          source:
            "SPEC2026 #/paths/~1pts~1v2~1captures~1{id}~1refunds/post/parameters/0/schema/properties/processingInformation/properties/refundOptions",
        },
      },
      required: [],
      closed: true,
      source:
        "SPEC2026 #/paths/~1pts~1v2~1captures~1{id}~1refunds/post/parameters/0/schema/properties/processingInformation",
    },
  },
  required: ["orderInformation"],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1captures~1{id}~1refunds/post/parameters/0/schema (read via api-evangelist/cybersource cybersource-refund-api-openapi.yml); cybersource-rest-client 0.0.83 RefundCaptureRequest.md, RefundPaymentRequest.md (no japanPaymentOptions)",
};

/** Rules of `VoidRequest`: A void of a capture, refund or credit that has not been sent to the processor yet. The void */
export const voidRequestRule: ObjectRule = {
  kind: "object",
  properties: { clientReferenceInformation: clientReferenceInformationRule },
  required: [],
  closed: true,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1captures~1{id}~1voids/post/parameters/0/schema (api-evangelist/cybersource cybersource-void-api-openapi.yml); cybersource-rest-client 0.0.83 VoidCaptureRequest.md; captured bodies of VoidApi.voidCapture (only clientReferenceInformation)",
};

/** Rules of `TransactionSearchRequest`: A search of transactions, in Cybersource's query syntax (e.g. `clientReferenceInformation.code:ORDER-1`). */
export const transactionSearchRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    query: {
      kind: "string",
      minLength: 1,
      source: "developer.cybersource.com txn-search-intro/txn-filtering.html",
    },
    sort: {
      kind: "string",
      minLength: 1,
      source: "developer.cybersource.com txn-search-intro.html ('submitTimeUtc:desc')",
    },
    limit: {
      kind: "integer",
      minimum: 1,
      maximum: 2500,
      source:
        "cybersource-rest-client 0.0.83 CreateSearchRequest.md limit ('The default is 20, the maximum is 2500.')",
    },
    offset: {
      kind: "integer",
      minimum: 0,
      source: "cybersource-rest-client 0.0.83 CreateSearchRequest.md offset",
    },
    save: { kind: "boolean", source: "cybersource-rest-client 0.0.83 CreateSearchRequest.md save" },
    name: { kind: "string", source: "cybersource-rest-client 0.0.83 CreateSearchRequest.md name" },
    timezone: {
      kind: "string",
      source: "cybersource-rest-client 0.0.83 CreateSearchRequest.md timezone",
    },
  },
  required: ["query", "sort"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 CreateSearchRequest.md; developer.cybersource.com txn-search/developer/all/rest/txn-search/txn-search-intro.html (query and sort required)",
};

/** Rules of `SetupTokenInformation`: A Flex Microform transient token standing for the card, by its id (the JWT's `jti`). */
const setupTokenInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    transientToken: {
      kind: "string",
      minLength: 1,
      maxLength: 64,
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1authenticationsetupsTokenInformation.md (transientToken); Flex API transient token id ('64 hexadecimal id value')",
    },
  },
  required: [],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Riskv1authenticationsetupsTokenInformation.md (transientToken); https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-use-tokens-flex.md",
};

/** Rules of `PayerAuthSetupRequest`: Starts payer authentication: Cybersource answers with the `referenceId`, device data */
export const payerAuthSetupRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    paymentInformation: paymentInformationRule,
    tokenInformation: setupTokenInformationRule,
  },
  required: [],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/PayerAuthSetupRequest.md, docs/Riskv1authenticationsetupsTokenInformation.md; https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-use-tokens-flex.md",
};

/** Rules of `PayerAuthOrderInformation`: The amount to authenticate (as it will be authorized) and the cardholder's billing address. */
const payerAuthOrderInformationRule: ObjectRule = {
  kind: "object",
  properties: { amountDetails: amountDetailsRule, billTo: billToRule },
  required: ["amountDetails"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Riskv1authenticationsOrderInformation.md, docs/Riskv1authenticationresultsOrderInformation.md; https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-validate-intro.html (amount and currency required)",
};

/** Rules of `ipAddress`: The customer's IP address (IPv4 or IPv6). Cybersource's current spec says 45. */
const ipAddressRule: FieldRule = {
  kind: "string",
  maxLength: 48,
  warnMaxLength: 45,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/ipAddress (maxLength 45); official-spec-payments-extract.json (2020) maxLength 48",
};

/** Rules of `httpAcceptBrowserValue`: The browser's `Accept` header, for 3-D Secure. If the browser sends one, include it. */
const httpAcceptBrowserValueRule: FieldRule = {
  kind: "string",
  maxLength: 255,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpAcceptBrowserValue (maxLength 255)",
};

/** Rules of `httpAcceptContent`: The exact content of the browser's `Accept` header. */
const httpAcceptContentRule: FieldRule = {
  kind: "string",
  maxLength: 256,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpAcceptContent (maxLength 256)",
};

/** Rules of `httpBrowserLanguage`: The browser language (IETF BCP 47, `navigator.language`), e.g. `ja-JP`. */
const httpBrowserLanguageRule: FieldRule = {
  kind: "string",
  maxLength: 8,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserLanguage (maxLength 8)",
};

/** Rules of `httpBrowserJavaEnabled`: `navigator.javaEnabled()` (always `false` in current browsers). */
const httpBrowserJavaEnabledRule: FieldRule = {
  kind: "boolean",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserJavaEnabled (type boolean)",
};

/** Rules of `httpBrowserJavaScriptEnabled`: `true` when the browser fields were collected by JavaScript. */
const httpBrowserJavaScriptEnabledRule: FieldRule = {
  kind: "boolean",
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserJavaScriptEnabled (type boolean)",
};

/** Rules of `httpBrowserColorDepth`: The screen's colour depth in bits (`String(screen.colorDepth)`), e.g. `24`. */
const httpBrowserColorDepthRule: FieldRule = {
  kind: "string",
  maxLength: 2,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserColorDepth (maxLength 2)",
};

/** Rules of `httpBrowserScreenHeight`: The screen height in pixels (`String(screen.height)`). */
const httpBrowserScreenHeightRule: FieldRule = {
  kind: "string",
  maxLength: 6,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserScreenHeight (maxLength 6)",
};

/** Rules of `httpBrowserScreenWidth`: The screen width in pixels (`String(screen.width)`). */
const httpBrowserScreenWidthRule: FieldRule = {
  kind: "string",
  maxLength: 6,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserScreenWidth (maxLength 6)",
};

/** Rules of `httpBrowserTimeDifference`: Minutes between UTC and the browser's local time (`String(new Date().getTimezoneOffset())`, `-540` in Japan; the sign convention is inferred from Cybersource's example `300`). */
const httpBrowserTimeDifferenceRule: FieldRule = {
  kind: "string",
  maxLength: 5,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/httpBrowserTimeDifference (maxLength 5)",
};

/** Rules of `userAgentBrowserValue`: The browser's `User-Agent` header, for 3-D Secure. If the browser sends one, include it. */
const userAgentBrowserValueRule: FieldRule = {
  kind: "string",
  maxLength: 255,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation/properties/userAgentBrowserValue (maxLength 255)",
};

/** Rules of `PayerAuthDeviceInformation`: The buyer's browser, for the issuer's risk-based authentication (the Credit Card Security */
const payerAuthDeviceInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    ipAddress: ipAddressRule,
    httpAcceptBrowserValue: httpAcceptBrowserValueRule,
    httpAcceptContent: httpAcceptContentRule,
    httpBrowserLanguage: httpBrowserLanguageRule,
    httpBrowserJavaEnabled: httpBrowserJavaEnabledRule,
    httpBrowserJavaScriptEnabled: httpBrowserJavaScriptEnabledRule,
    httpBrowserColorDepth: httpBrowserColorDepthRule,
    httpBrowserScreenHeight: httpBrowserScreenHeightRule,
    httpBrowserScreenWidth: httpBrowserScreenWidthRule,
    httpBrowserTimeDifference: httpBrowserTimeDifferenceRule,
    userAgentBrowserValue: userAgentBrowserValueRule,
  },
  required: [],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Riskv1authenticationsDeviceInformation.md (field list); lengths as the same fields of /pts/v2/payments (SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/deviceInformation)",
};

/** Rules of `referenceId`: The `referenceId` of the payer authentication setup whose device data the browser collected. */
const referenceIdRule: FieldRule = {
  kind: "string",
  maxLength: 50,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/referenceId (maxLength 50)",
};

/** Rules of `returnUrl`: Where the challenge iframe posts `TransactionId` (and `MD`) when the cardholder is done. */
const returnUrlRule: FieldRule = {
  kind: "string",
  maxLength: 2048,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/returnUrl (maxLength 2048)",
};

/** Rules of `acsWindowSize`: The challenge window size: `01` 250x400, `02` 390x400, `03` 500x600, `04` 600x400, `05` full page. */
const acsWindowSizeRule: FieldRule = {
  kind: "string",
  maxLength: 2,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/acsWindowSize (maxLength 2; 01-05)",
};

/** Rules of `EnrollmentConsumerAuthenticationInformation`: How to authenticate: the device data collection's `referenceId`, where the challenge returns */
const enrollmentConsumerAuthenticationInformationRule: ObjectRule = {
  kind: "object",
  properties: {
    referenceId: referenceIdRule,
    returnUrl: returnUrlRule,
    acsWindowSize: acsWindowSizeRule,
    deviceChannel: {
      kind: "string",
      minLength: 1,
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md (deviceChannel: 'Possible Values: SDK/Browser/3RI'; no length given)",
    },
    transactionMode: {
      kind: "string",
      enum: ["S", "P", "T", "M", "R"],
      severity: "warning",
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md (transactionMode M, R, S, P, T); cybersource-rest-samples-node Samples/PayerAuthentication/enroll-with-pending-authentication.js (sends 'MOTO')",
    },
    messageCategory: {
      kind: "string",
      maxLength: 2,
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md (messageCategory: 01, 02, 03-79 reserved for EMVCo, 80-99 for the directory server)",
    },
    challengeCode: {
      kind: "string",
      maxLength: 2,
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md (challengeCode 01-09; 'will default to 01 on merchant configuration')",
    },
  },
  required: [],
  closed: true,
  recommended: [
    {
      field: "deviceChannel",
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md (deviceChannel is the one field not marked optional); Cybersource's own enrollment samples leave it out",
    },
  ],
  source: "cybersource-rest-client 0.0.83 docs/Riskv1decisionsConsumerAuthenticationInformation.md",
};

/** Rules of `CheckPayerAuthEnrollmentRequest`: Checks whether the card is enrolled in EMV 3-D Secure and authenticates the cardholder */
export const checkPayerAuthEnrollmentRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    orderInformation: payerAuthOrderInformationRule,
    paymentInformation: paymentInformationRule,
    tokenInformation: setupTokenInformationRule,
    deviceInformation: payerAuthDeviceInformationRule,
    consumerAuthenticationInformation: enrollmentConsumerAuthenticationInformationRule,
  },
  required: ["orderInformation"],
  closed: true,
  recommended: [
    {
      field: "clientReferenceInformation.code",
      source:
        "cybersource-rest-client 0.0.83 docs/Riskv1decisionsClientReferenceInformation.md (code: 'Used by Authorization Required field'); every enrollment sample of cybersource-rest-samples-node sends it",
    },
    {
      field: "orderInformation.billTo",
      source:
        "https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-enroll-intro.html (billTo address1, country, email, firstName, lastName, locality, postalCode required for the enrollment check); the enrollment samples send it",
    },
  ],
  source:
    "cybersource-rest-client 0.0.83 docs/CheckPayerAuthEnrollmentRequest.md (PayerAuthenticationApi.checkPayerAuthEnrollment); cybersource-rest-samples-node Samples/PayerAuthentication/enroll-with-pending-authentication.js, enroll-with-transient-token.js, enroll-with-customerid-as-payment-information.js; https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-enroll-intro.html (required fields)",
};

/** Rules of `jti`: The transient token's id (the JWT's `jti` claim) instead of the whole JWT: "64 */
const jtiRule: FieldRule = {
  kind: "string",
  minLength: 1,
  maxLength: 64,
  source:
    "https://developer.cybersource.com/docs/cybs/en-us/digital-accept-flex/developer/all/rest/digital-accept-flex/flex-api-2/flex-api-2-payment.html; https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/so/api-fields/token-source-transient-token.html; cybersource-rest-client 0.0.83 docs/Ptsv2paymentsTokenInformation.md",
};

/** Rules of `ValidateTokenInformation`: A Flex Microform transient token standing for the card, by its id (`jti`), as the validation takes it. */
const validateTokenInformationRule: ObjectRule = {
  kind: "object",
  properties: { jti: jtiRule },
  required: [],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/ValidateRequest.md (tokenInformation: Riskv1decisionsTokenInformation), docs/Riskv1decisionsTokenInformation.md (jti)",
};

/** Rules of `authenticationTransactionId`: Links the enrollment check and the validation: the `authenticationTransactionId` of a */
const authenticationTransactionIdRule: FieldRule = {
  kind: "string",
  maxLength: 26,
  source:
    "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/consumerAuthenticationInformation/properties/authenticationTransactionId (maxLength 26)",
};

/** Rules of `ValidationConsumerAuthenticationInformation`: Which authentication to validate. */
const validationConsumerAuthenticationInformationRule: ObjectRule = {
  kind: "object",
  properties: { authenticationTransactionId: authenticationTransactionIdRule },
  required: ["authenticationTransactionId"],
  closed: true,
  source:
    "cybersource-rest-client 0.0.83 docs/Riskv1authenticationresultsConsumerAuthenticationInformation.md (authenticationTransactionId not optional)",
};

/** Rules of `ValidateAuthenticationResultsRequest`: Validates a completed challenge (`POST /risk/v1/authentication-results`, "Validate */
export const validateAuthenticationResultsRequestRule: ObjectRule = {
  kind: "object",
  properties: {
    clientReferenceInformation: clientReferenceInformationRule,
    orderInformation: payerAuthOrderInformationRule,
    paymentInformation: paymentInformationRule,
    tokenInformation: validateTokenInformationRule,
    consumerAuthenticationInformation: validationConsumerAuthenticationInformationRule,
  },
  required: ["consumerAuthenticationInformation", "orderInformation"],
  closed: true,
  recommended: [
    {
      field: "clientReferenceInformation.code",
      source:
        "https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-validate-intro.html (clientReferenceInformation.code required); cybersource-rest-client 0.0.83 marks it optional",
    },
  ],
  source:
    "cybersource-rest-client 0.0.83 docs/ValidateRequest.md (PayerAuthenticationApi.validateAuthenticationResults); cybersource-rest-samples-node Samples/PayerAuthentication/validate-authentication-results.js; https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-validate-intro.html (required: clientReferenceInformation.code, authenticationTransactionId, amount, currency, card or token)",
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

/** Values of `ReversalReason`. A reason code. Cybersource defines one value, `34` (suspected fraud), and ignores it on */
export const reversalReasonValues = ["34"] as const;

/** Values of `AuthorizationAction`. A service bundled with the authorization. `TOKEN_CREATE` stores the card (from a card */
export const authorizationActionValues = [
  "TOKEN_CREATE",
  "CONSUMER_AUTHENTICATION",
  "VALIDATE_CONSUMER_AUTHENTICATION",
] as const;

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

/** Values of `CommerceIndicator`. The type of transaction. The valid values depend on the processor; these are Visa Platform */
export const commerceIndicatorValues = [
  "internet",
  "vbv",
  "vbv_attempted",
  "vbv_failure",
  "moto",
  "retail",
  "recurring",
  "recurring_internet",
  "install",
  "install_internet",
] as const;

/** Values of `PayerAuthenticationStatus`. The outcome of an enrollment check or a validation: `AUTHENTICATION_SUCCESSFUL` (including */
export const payerAuthenticationStatusValues = [
  "AUTHENTICATION_SUCCESSFUL",
  "PENDING_AUTHENTICATION",
  "AUTHENTICATION_FAILED",
] as const;
