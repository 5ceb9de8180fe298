// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

/** A JSON Schema 2020-12 object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The component schemas of spec/openapi.yaml without their documentation. References have the form
 * `#/components/schemas/Name`: register `{ components: { schemas: componentSchemas } }` as one
 * document with the validator.
 */
export const componentSchemas: { readonly [name: string]: JsonSchema } = {
  YenAmount: { type: "string", pattern: "^(0|[1-9][0-9]*)$", maxLength: 12 },
  Currency: { type: "string", enum: ["JPY"] },
  TwoDigitMonth: { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 },
  CardTypeCode: {
    type: "string",
    enum: ["001", "002", "003", "004", "005", "006", "007", "024", "036", "039", "042", "062"],
  },
  PaymentMethodCode: {
    type: "string",
    enum: ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"],
  },
  InstallmentCount: { type: "string", pattern: "^(0?[1-9]|[1-9][0-9])$", maxLength: 2 },
  SubmitTimeUtc: {
    type: "string",
    pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
  },
  JpoAuthorizationRequest: {
    type: "object",
    additionalProperties: false,
    required: ["orderInformation", "paymentInformation", "processingInformation"],
    properties: {
      clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
      processingInformation: { $ref: "#/components/schemas/AuthorizationProcessingInformation" },
      paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
      orderInformation: { $ref: "#/components/schemas/AuthorizationOrderInformation" },
      buyerInformation: { $ref: "#/components/schemas/BuyerInformation" },
      deviceInformation: { $ref: "#/components/schemas/DeviceInformation" },
      merchantInformation: { $ref: "#/components/schemas/MerchantInformation" },
      merchantDefinedInformation: { $ref: "#/components/schemas/MerchantDefinedInformation" },
      pointOfSaleInformation: { $ref: "#/components/schemas/PointOfSaleInformation" },
    },
  },
  ClientReferenceInformation: {
    type: "object",
    additionalProperties: false,
    properties: {
      code: { $ref: "#/components/schemas/ReferenceCode" },
      transactionId: { $ref: "#/components/schemas/TransactionId" },
      comments: { type: "string" },
      partner: { $ref: "#/components/schemas/Partner" },
    },
  },
  AuthorizationProcessingInformation: {
    type: "object",
    additionalProperties: false,
    required: ["japanPaymentOptions"],
    properties: {
      capture: { type: "boolean", default: false },
      commerceIndicator: { type: "string", maxLength: 20 },
      japanPaymentOptions: { $ref: "#/components/schemas/JapanPaymentOptions" },
    },
  },
  JapanPaymentOptions: {
    oneOf: [
      { $ref: "#/components/schemas/JpoSinglePayment" },
      { $ref: "#/components/schemas/JpoBonusPayment" },
      { $ref: "#/components/schemas/JpoBonusInstallmentPayment" },
      { $ref: "#/components/schemas/JpoInstallmentPayment" },
      { $ref: "#/components/schemas/JpoRevolvingPayment" },
    ],
    discriminator: {
      propertyName: "paymentMethod",
      mapping: {
        "10": "#/components/schemas/JpoSinglePayment",
        "21": "#/components/schemas/JpoBonusPayment",
        "22": "#/components/schemas/JpoBonusPayment",
        "23": "#/components/schemas/JpoBonusPayment",
        "24": "#/components/schemas/JpoBonusPayment",
        "31": "#/components/schemas/JpoBonusInstallmentPayment",
        "32": "#/components/schemas/JpoBonusInstallmentPayment",
        "33": "#/components/schemas/JpoBonusInstallmentPayment",
        "34": "#/components/schemas/JpoBonusInstallmentPayment",
        "61": "#/components/schemas/JpoInstallmentPayment",
        "80": "#/components/schemas/JpoRevolvingPayment",
      },
    },
  },
  JpoSinglePayment: {
    type: "object",
    additionalProperties: false,
    required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
    properties: {
      paymentMethod: { type: "string", enum: ["10"] },
      businessName: { $ref: "#/components/schemas/BusinessName" },
      businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
      businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
      terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
      jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
      preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
    },
  },
  JpoBonusPayment: {
    type: "object",
    additionalProperties: false,
    required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
    properties: {
      paymentMethod: { type: "string", enum: ["21", "22", "23", "24"] },
      installments: { $ref: "#/components/schemas/InstallmentCount" },
      firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
      bonuses: { $ref: "#/components/schemas/JpoBonuses" },
      businessName: { $ref: "#/components/schemas/BusinessName" },
      businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
      businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
      terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
      jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
      preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
    },
  },
  JpoBonusInstallmentPayment: {
    type: "object",
    additionalProperties: false,
    required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
    properties: {
      paymentMethod: { type: "string", enum: ["31", "32", "33", "34"] },
      installments: { $ref: "#/components/schemas/InstallmentCount" },
      firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
      bonuses: { $ref: "#/components/schemas/JpoBonuses" },
      businessName: { $ref: "#/components/schemas/BusinessName" },
      businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
      businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
      terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
      jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
      preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
    },
  },
  JpoInstallmentPayment: {
    type: "object",
    additionalProperties: false,
    required: [
      "paymentMethod",
      "installments",
      "businessName",
      "businessNameKatakana",
      "businessNameAlphaNumeric",
    ],
    properties: {
      paymentMethod: { type: "string", enum: ["61"] },
      installments: { $ref: "#/components/schemas/InstallmentCount" },
      firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
      businessName: { $ref: "#/components/schemas/BusinessName" },
      businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
      businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
      terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
      jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
      preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
    },
  },
  JpoRevolvingPayment: {
    type: "object",
    additionalProperties: false,
    required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
    properties: {
      paymentMethod: { type: "string", enum: ["80"] },
      installments: { $ref: "#/components/schemas/InstallmentCount" },
      firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
      businessName: { $ref: "#/components/schemas/BusinessName" },
      businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
      businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
      terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
      jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
      preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
    },
  },
  FirstBillingMonth: { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 },
  BusinessName: { type: "string", minLength: 1, maxLength: 25, pattern: "[^ 　]" },
  BusinessNameKatakana: {
    type: "string",
    minLength: 1,
    maxLength: 25,
    pattern:
      "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
    "x-mock": "note",
  },
  BusinessNameAlphaNumeric: {
    type: "string",
    minLength: 1,
    maxLength: 25,
    pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$",
  },
  JccaTerminalId: {
    type: "string",
    pattern: "^[0-9]{13}$",
    "x-severity": "warning",
    maxLength: 13,
  },
  Jis2TrackData: { type: "string", minLength: 1, maxLength: 69 },
  PreapprovalType: { type: "string", enum: ["0", "1", "2", "3", "4", "5", "6"] },
  JpoBonuses: {
    type: "array",
    minItems: 1,
    maxItems: 6,
    items: { $ref: "#/components/schemas/JpoBonus" },
  },
  JpoBonus: {
    type: "object",
    additionalProperties: false,
    required: ["month", "amount"],
    properties: {
      month: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
      amount: { type: "string", pattern: "^[1-9][0-9]{0,7}$", maxLength: 8 },
    },
  },
  PaymentInformation: {
    type: "object",
    additionalProperties: false,
    required: ["card"],
    properties: { card: { $ref: "#/components/schemas/Card" } },
  },
  Card: {
    type: "object",
    additionalProperties: false,
    required: ["number", "expirationMonth", "expirationYear", "type"],
    properties: {
      number: { type: "string", pattern: "^[0-9]{12,19}$", maxLength: 20 },
      expirationMonth: { $ref: "#/components/schemas/TwoDigitMonth" },
      expirationYear: { type: "string", pattern: "^[0-9]{4}$", minLength: 4, maxLength: 4 },
      type: { $ref: "#/components/schemas/CardTypeCode" },
      securityCode: { type: "string", pattern: "^[0-9]{3,4}$", maxLength: 4 },
    },
  },
  AuthorizationOrderInformation: {
    type: "object",
    additionalProperties: false,
    required: ["amountDetails", "billTo"],
    properties: {
      amountDetails: { $ref: "#/components/schemas/AmountDetails" },
      billTo: { $ref: "#/components/schemas/BillTo" },
      shipTo: { $ref: "#/components/schemas/ShipTo" },
      lineItems: { type: "array", items: { $ref: "#/components/schemas/LineItem" } },
      invoiceDetails: {
        type: "object",
        additionalProperties: false,
        properties: {
          salesSlipNumber: { type: "integer", minimum: 0, maximum: 99999 },
          purchaseOrderNumber: { type: "string", maxLength: 50, "x-warn-maxLength": 25 },
        },
      },
    },
  },
  AmountDetails: {
    type: "object",
    additionalProperties: false,
    required: ["totalAmount", "currency"],
    properties: {
      totalAmount: { $ref: "#/components/schemas/YenAmount" },
      currency: { $ref: "#/components/schemas/Currency" },
    },
  },
  BillTo: {
    type: "object",
    additionalProperties: false,
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
    properties: {
      firstName: { type: "string", minLength: 1, maxLength: 60 },
      middleName: { type: "string", maxLength: 60 },
      lastName: { type: "string", minLength: 1, maxLength: 60 },
      company: { $ref: "#/components/schemas/BillToCompany" },
      address1: { type: "string", minLength: 1, maxLength: 255, "x-warn-maxLength": 60 },
      address2: { type: "string", maxLength: 60 },
      buildingNumber: { type: "string", maxLength: 256 },
      district: { type: "string", maxLength: 50 },
      locality: { type: "string", minLength: 1, maxLength: 50 },
      administrativeArea: { type: "string", minLength: 1, maxLength: 50, "x-warn-maxLength": 20 },
      postalCode: { type: "string", minLength: 1, maxLength: 10 },
      country: {
        type: "string",
        pattern: "^[A-Za-z]{2}$",
        "x-severity": "warning",
        minLength: 1,
        maxLength: 3,
      },
      email: {
        type: "string",
        format: "email",
        pattern:
          "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
        minLength: 3,
        maxLength: 255,
      },
      phoneNumber: { type: "string", maxLength: 15 },
    },
  },
  Link: {
    type: "object",
    required: ["href"],
    properties: {
      href: { type: "string" },
      method: { type: "string", enum: ["GET", "POST", "PATCH", "DELETE"] },
    },
  },
  AuthorizationLinks: {
    type: "object",
    properties: {
      self: { $ref: "#/components/schemas/Link" },
      capture: { $ref: "#/components/schemas/Link" },
      reversal: { $ref: "#/components/schemas/Link" },
      authReversal: { $ref: "#/components/schemas/Link" },
    },
  },
  AuthorizationStatus: {
    type: "string",
    enum: [
      "AUTHORIZED",
      "PARTIAL_AUTHORIZED",
      "AUTHORIZED_PENDING_REVIEW",
      "AUTHORIZED_RISK_DECLINED",
      "PENDING_AUTHENTICATION",
      "PENDING_REVIEW",
      "DECLINED",
      "INVALID_REQUEST",
    ],
  },
  DeclineReason: {
    type: "string",
    enum: [
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
    ],
  },
  ErrorDetail: {
    type: "object",
    properties: {
      field: { type: "string" },
      reason: { type: "string", enum: ["MISSING_FIELD", "INVALID_DATA"] },
    },
  },
  ResponseClientReferenceInformation: {
    type: "object",
    properties: { code: { type: "string" }, transactionId: { type: "string" } },
  },
  CardTypeOnly: { type: "object", properties: { type: { type: "string" } } },
  AuthorizationResponse: {
    type: "object",
    required: ["status"],
    properties: {
      _links: { $ref: "#/components/schemas/AuthorizationLinks" },
      id: { type: "string", maxLength: 26 },
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { $ref: "#/components/schemas/AuthorizationStatus" },
      reconciliationId: { type: "string", maxLength: 60 },
      message: { type: "string" },
      clientReferenceInformation: {
        $ref: "#/components/schemas/ResponseClientReferenceInformation",
      },
      errorInformation: {
        type: "object",
        properties: {
          reason: { $ref: "#/components/schemas/DeclineReason" },
          message: { type: "string" },
          details: { type: "array", items: { $ref: "#/components/schemas/ErrorDetail" } },
        },
      },
      orderInformation: {
        type: "object",
        properties: {
          amountDetails: {
            type: "object",
            properties: {
              totalAmount: { type: "string" },
              authorizedAmount: { type: "string" },
              currency: { type: "string" },
            },
          },
          invoiceDetails: {
            type: "object",
            properties: { salesSlipNumber: { type: ["string", "integer"] } },
          },
        },
      },
      processorInformation: {
        type: "object",
        properties: {
          approvalCode: { type: "string" },
          responseCode: { type: "string" },
          responseCategoryCode: { type: "string" },
          forwardedAcquirerCode: { type: "string" },
          salesSlipNumber: { type: ["string", "integer"] },
          transactionId: { type: "string" },
          networkTransactionId: { type: "string" },
          systemTraceAuditNumber: { type: "string" },
          retrievalReferenceNumber: { type: "string" },
          avs: {
            type: "object",
            properties: { code: { type: "string" }, codeRaw: { type: "string" } },
          },
          cardVerification: {
            type: "object",
            properties: { resultCode: { type: "string" }, resultCodeRaw: { type: "string" } },
          },
          merchantAdvice: { type: "object", properties: { code: { type: "string" } } },
        },
      },
      paymentInformation: {
        type: "object",
        properties: {
          card: { $ref: "#/components/schemas/CardTypeOnly" },
          tokenizedCard: { $ref: "#/components/schemas/CardTypeOnly" },
        },
      },
      paymentAccountInformation: {
        type: "object",
        properties: { card: { $ref: "#/components/schemas/CardTypeOnly" } },
      },
    },
  },
  AuthorizationInvalidRequestResponse: {
    type: "object",
    required: ["status", "reason"],
    properties: {
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", const: "INVALID_REQUEST" },
      reason: {
        type: "string",
        enum: [
          "MISSING_FIELD",
          "INVALID_DATA",
          "DUPLICATE_REQUEST",
          "INVALID_CARD",
          "CARD_TYPE_NOT_ACCEPTED",
          "INVALID_MERCHANT_CONFIGURATION",
          "PROCESSOR_UNAVAILABLE",
          "INVALID_AMOUNT",
          "INVALID_CARD_TYPE",
          "INVALID_PAYMENT_ID",
          "NOT_SUPPORTED",
        ],
      },
      message: { type: "string" },
      details: { type: "array", items: { $ref: "#/components/schemas/ErrorDetail" } },
    },
  },
  FollowUpInvalidRequestResponse: {
    type: "object",
    required: ["status", "reason"],
    properties: {
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", const: "INVALID_REQUEST" },
      reason: {
        type: "string",
        enum: [
          "MISSING_FIELD",
          "INVALID_DATA",
          "DUPLICATE_REQUEST",
          "INVALID_MERCHANT_CONFIGURATION",
          "PROCESSOR_UNAVAILABLE",
          "EXCEEDS_AUTH_AMOUNT",
          "AUTH_ALREADY_REVERSED",
          "TRANSACTION_ALREADY_SETTLED",
          "INVALID_AMOUNT",
          "MISSING_AUTH",
          "TRANSACTION_ALREADY_REVERSED_OR_SETTLED",
          "NOT_SUPPORTED",
          "CAPTURE_ALREADY_VOIDED",
          "NOT_VOIDABLE",
          "INVALID_CARD",
          "ACCOUNT_NOT_ALLOWED_CREDIT",
        ],
      },
      message: { type: "string" },
      details: { type: "array", items: { $ref: "#/components/schemas/ErrorDetail" } },
    },
  },
  AuthenticationFailedResponse: {
    type: "object",
    properties: { response: { type: "object", properties: { rmsg: { type: "string" } } } },
  },
  ServerErrorResponse: {
    type: "object",
    required: ["status", "reason"],
    properties: {
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", const: "SERVER_ERROR" },
      reason: { type: "string", enum: ["SYSTEM_ERROR", "SERVER_TIMEOUT", "SERVICE_TIMEOUT"] },
      message: { type: "string" },
    },
  },
  CaptureRequest: {
    type: "object",
    additionalProperties: false,
    required: ["orderInformation"],
    properties: {
      clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
      orderInformation: {
        type: "object",
        additionalProperties: false,
        required: ["amountDetails"],
        properties: { amountDetails: { $ref: "#/components/schemas/AmountDetails" } },
      },
      processingInformation: {
        type: "object",
        additionalProperties: false,
        properties: { japanPaymentOptions: { $ref: "#/components/schemas/JapanCaptureOptions" } },
      },
    },
  },
  JapanCaptureOptions: {
    type: "object",
    additionalProperties: false,
    properties: {
      paymentMethod: { $ref: "#/components/schemas/PaymentMethodCode" },
      installments: { $ref: "#/components/schemas/InstallmentCount" },
      firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
      bonuses: { type: "string", pattern: "^0?[1-6]$", maxLength: 2 },
      bonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
      bonusAmount: { type: "string", pattern: "^[0-9]+$", maxLength: 12 },
      secondBonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
      secondBonusAmount: { type: "string", pattern: "^[0-9]+$", maxLength: 12 },
    },
  },
  CaptureResponse: {
    type: "object",
    required: ["status"],
    properties: {
      _links: {
        type: "object",
        properties: {
          self: { $ref: "#/components/schemas/Link" },
          void: { $ref: "#/components/schemas/Link" },
        },
      },
      id: { type: "string", maxLength: 26 },
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", enum: ["PENDING", "TRANSMITTED"] },
      reconciliationId: { type: "string", maxLength: 60 },
      clientReferenceInformation: {
        $ref: "#/components/schemas/ResponseClientReferenceInformation",
      },
      orderInformation: {
        type: "object",
        properties: {
          amountDetails: {
            type: "object",
            properties: { totalAmount: { type: "string" }, currency: { type: "string" } },
          },
        },
      },
    },
  },
  ReversalInformation: {
    type: "object",
    additionalProperties: false,
    required: ["amountDetails"],
    properties: {
      amountDetails: {
        type: "object",
        additionalProperties: false,
        required: ["totalAmount"],
        properties: {
          totalAmount: { $ref: "#/components/schemas/YenAmount" },
          currency: { $ref: "#/components/schemas/Currency" },
        },
      },
      reason: { $ref: "#/components/schemas/ReversalReason" },
    },
  },
  AuthorizationReversalRequest: {
    type: "object",
    additionalProperties: false,
    required: ["reversalInformation"],
    properties: {
      clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
      reversalInformation: { $ref: "#/components/schemas/ReversalInformation" },
    },
  },
  TimeoutReversalRequest: {
    type: "object",
    additionalProperties: false,
    required: ["clientReferenceInformation", "reversalInformation"],
    properties: {
      clientReferenceInformation: {
        type: "object",
        additionalProperties: false,
        required: ["transactionId"],
        properties: {
          transactionId: { $ref: "#/components/schemas/TransactionId" },
          code: { $ref: "#/components/schemas/ReferenceCode" },
          comments: { type: "string" },
          partner: { $ref: "#/components/schemas/Partner" },
        },
      },
      reversalInformation: { $ref: "#/components/schemas/ReversalInformation" },
      orderInformation: {
        type: "object",
        additionalProperties: false,
        properties: {
          amountDetails: {
            type: "object",
            additionalProperties: false,
            properties: { currency: { $ref: "#/components/schemas/Currency" } },
          },
        },
      },
    },
  },
  ReversalResponse: {
    type: "object",
    required: ["status"],
    properties: {
      _links: { type: "object", properties: { self: { $ref: "#/components/schemas/Link" } } },
      id: { type: "string", maxLength: 26 },
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", enum: ["REVERSED"] },
      reconciliationId: { type: "string", maxLength: 60 },
      clientReferenceInformation: {
        $ref: "#/components/schemas/ResponseClientReferenceInformation",
      },
      reversalAmountDetails: {
        type: "object",
        properties: {
          reversedAmount: { type: "string" },
          originalTransactionAmount: { type: "string" },
          currency: { type: "string" },
        },
      },
      processorInformation: {
        type: "object",
        properties: { responseCode: { type: "string" }, responseCategoryCode: { type: "string" } },
      },
    },
  },
  TimeoutVoidRequest: {
    type: "object",
    additionalProperties: false,
    required: ["clientReferenceInformation"],
    properties: {
      clientReferenceInformation: {
        type: "object",
        additionalProperties: false,
        required: ["transactionId"],
        properties: {
          transactionId: { $ref: "#/components/schemas/TransactionId" },
          partner: { $ref: "#/components/schemas/Partner" },
          comments: { type: "string", minLength: 1 },
        },
      },
    },
  },
  VoidResponse: {
    type: "object",
    required: ["status"],
    properties: {
      _links: { type: "object", properties: { self: { $ref: "#/components/schemas/Link" } } },
      id: { type: "string", maxLength: 26 },
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", enum: ["VOIDED"] },
      clientReferenceInformation: {
        $ref: "#/components/schemas/ResponseClientReferenceInformation",
      },
      voidAmountDetails: {
        type: "object",
        properties: {
          voidAmount: { type: "string" },
          originalTransactionAmount: { type: "string" },
          currency: { type: "string" },
        },
      },
    },
  },
  RefundRequest: {
    type: "object",
    additionalProperties: false,
    required: ["orderInformation"],
    properties: {
      clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
      orderInformation: {
        type: "object",
        additionalProperties: false,
        required: ["amountDetails"],
        properties: { amountDetails: { $ref: "#/components/schemas/AmountDetails" } },
      },
      processingInformation: {
        type: "object",
        additionalProperties: false,
        properties: {
          refundOptions: {
            type: "object",
            additionalProperties: false,
            properties: { reason: { type: "string", minLength: 1 } },
          },
        },
      },
    },
  },
  RefundResponse: {
    type: "object",
    required: ["status"],
    properties: {
      _links: {
        type: "object",
        properties: {
          self: { $ref: "#/components/schemas/Link" },
          void: { $ref: "#/components/schemas/Link" },
        },
      },
      id: { type: "string", maxLength: 26 },
      submitTimeUtc: { $ref: "#/components/schemas/SubmitTimeUtc" },
      status: { type: "string", enum: ["PENDING", "DECLINED", "INVALID_REQUEST"] },
      reconciliationId: { type: "string" },
      clientReferenceInformation: {
        $ref: "#/components/schemas/ResponseClientReferenceInformation",
      },
      refundAmountDetails: {
        type: "object",
        properties: { refundAmount: { type: "string" }, currency: { type: "string" } },
      },
      processorInformation: {
        type: "object",
        properties: { approvalCode: { type: "string" }, responseCode: { type: "string" } },
      },
      errorInformation: {
        type: "object",
        properties: { reason: { type: "string" }, message: { type: "string" } },
      },
    },
  },
  VoidRequest: {
    type: "object",
    additionalProperties: false,
    properties: {
      clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    },
  },
  TransactionDetails: {
    type: "object",
    properties: {
      id: { type: "string" },
      rootId: { type: "string" },
      reconciliationId: { type: "string" },
      merchantId: { type: "string" },
      submitTimeUTC: { type: "string" },
      status: { type: "string" },
      applicationInformation: {
        type: "object",
        properties: {
          status: { type: "string" },
          reasonCode: { type: "string" },
          rCode: { type: "string" },
          rFlag: { type: "string" },
          applications: {
            type: "array",
            items: {
              type: "object",
              properties: {
                name: { type: "string" },
                status: { type: "string" },
                reasonCode: { type: "string" },
                rCode: { type: "string" },
                rFlag: { type: "string" },
                rMessage: { type: "string" },
                reconciliationId: { type: "string" },
              },
            },
          },
        },
      },
      clientReferenceInformation: { type: "object", properties: { code: { type: "string" } } },
      orderInformation: {
        type: "object",
        properties: {
          amountDetails: {
            type: "object",
            properties: {
              totalAmount: { type: "string" },
              currency: { type: "string" },
              authorizedAmount: { type: "string" },
              refundBalance: { type: "string" },
            },
          },
          invoiceDetails: {
            type: "object",
            properties: { salesSlipNumber: { type: ["string", "integer"] } },
          },
        },
      },
      processingInformation: {
        type: "object",
        properties: {
          commerceIndicator: { type: "string" },
          japanPaymentOptions: {
            type: "object",
            properties: {
              paymentMethod: { type: "string" },
              numberOfInstallments: { type: "string" },
              firstBillingMonth: { type: "string" },
              preApprovalType: { type: "string" },
              businessName: { type: "string" },
              businessNameKatakana: { type: "string" },
              businessNameEnglish: { type: "string" },
            },
          },
        },
      },
      paymentInformation: {
        type: "object",
        properties: { card: { $ref: "#/components/schemas/MaskedCard" } },
      },
      processorInformation: {
        type: "object",
        properties: { approvalCode: { type: "string" }, responseCode: { type: "string" } },
      },
      _links: {
        type: "object",
        properties: {
          self: { $ref: "#/components/schemas/Link" },
          relatedTransactions: { type: "array", items: { $ref: "#/components/schemas/Link" } },
        },
      },
    },
  },
  MaskedCard: {
    type: "object",
    properties: {
      prefix: { type: "string" },
      suffix: { type: "string" },
      type: { type: "string" },
      expirationMonth: { type: "string" },
      expirationYear: { type: "string" },
    },
  },
  TransactionSearchRequest: {
    type: "object",
    additionalProperties: false,
    required: ["query", "sort"],
    properties: {
      query: { type: "string", minLength: 1 },
      sort: { type: "string", minLength: 1 },
      limit: { type: "integer", minimum: 1, maximum: 2500 },
      offset: { type: "integer", minimum: 0 },
      save: { type: "boolean" },
      name: { type: "string" },
      timezone: { type: "string" },
    },
  },
  TransactionSearchResponse: {
    type: "object",
    properties: {
      searchId: { type: "string" },
      query: { type: "string" },
      sort: { type: "string" },
      offset: { type: "integer" },
      limit: { type: "integer" },
      count: { type: "integer" },
      totalCount: { type: "integer" },
      submitTimeUtc: { type: "string" },
      _embedded: {
        type: "object",
        properties: {
          transactionSummaries: {
            type: "array",
            items: { $ref: "#/components/schemas/TransactionSummary" },
          },
        },
      },
    },
  },
  TransactionSummary: {
    type: "object",
    properties: {
      id: { type: "string" },
      submitTimeUtc: { type: "string" },
      status: { type: "string" },
      merchantId: { type: "string" },
      applicationInformation: {
        type: "object",
        properties: {
          applications: {
            type: "array",
            items: {
              type: "object",
              properties: { name: { type: "string" }, rCode: { type: "string" } },
            },
          },
        },
      },
      clientReferenceInformation: { type: "object", properties: { code: { type: "string" } } },
      orderInformation: {
        type: "object",
        properties: {
          amountDetails: {
            type: "object",
            properties: { totalAmount: { type: "string" }, currency: { type: "string" } },
          },
        },
      },
      paymentInformation: {
        type: "object",
        properties: { card: { $ref: "#/components/schemas/MaskedCard" } },
      },
      _links: {
        type: "object",
        properties: { transactionDetail: { $ref: "#/components/schemas/Link" } },
      },
    },
  },
  TransactionId: { type: "string", minLength: 1, maxLength: 30 },
  ReferenceCode: { type: "string", minLength: 1, maxLength: 59, "x-warn-maxLength": 50 },
  Partner: {
    type: "object",
    additionalProperties: false,
    properties: {
      developerId: { type: "string", maxLength: 8 },
      solutionId: { type: "string", maxLength: 8 },
      thirdPartyCertificationNumber: { type: "string", maxLength: 12 },
    },
  },
  BillToCompany: {
    type: "object",
    additionalProperties: false,
    properties: {
      name: { type: "string", maxLength: 60 },
      address1: { type: "string", maxLength: 40 },
      address2: { type: "string", maxLength: 40 },
      locality: { type: "string", maxLength: 30 },
      administrativeArea: { type: "string", maxLength: 50 },
      postalCode: { type: "string", maxLength: 10 },
      country: { type: "string", maxLength: 2 },
    },
  },
  ShipTo: {
    type: "object",
    additionalProperties: false,
    properties: {
      firstName: { type: "string", maxLength: 60 },
      middleName: { type: "string", maxLength: 60 },
      lastName: { type: "string", maxLength: 60 },
      company: { type: "string", maxLength: 60 },
      address1: { type: "string", maxLength: 60 },
      address2: { type: "string", maxLength: 60 },
      buildingNumber: { type: "string", maxLength: 15 },
      district: { type: "string", maxLength: 50 },
      locality: { type: "string", maxLength: 50 },
      administrativeArea: { type: "string", maxLength: 50 },
      postalCode: { type: "string", maxLength: 32, "x-warn-maxLength": 10 },
      country: { type: "string", maxLength: 3, "x-warn-maxLength": 2 },
      phoneNumber: { type: "string", maxLength: 15 },
      email: { type: "string", maxLength: 255 },
    },
  },
  LineItem: {
    type: "object",
    additionalProperties: false,
    properties: {
      productCode: { type: "string", maxLength: 255 },
      productName: { type: "string", maxLength: 255 },
      productSku: { type: "string", maxLength: 255 },
      quantity: { type: "integer", minimum: 1, maximum: 999999999 },
      unitPrice: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$", maxLength: 15 },
      taxAmount: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$", maxLength: 15 },
    },
  },
  MerchantDefinedInformation: {
    type: "array",
    maxItems: 100,
    items: { $ref: "#/components/schemas/MerchantDefinedField" },
  },
  MerchantDefinedField: {
    type: "object",
    additionalProperties: false,
    required: ["key", "value"],
    properties: {
      key: {
        type: "string",
        pattern: "^(100|[1-9]?[0-9])$",
        "x-severity": "warning",
        maxLength: 50,
      },
      value: { type: "string", maxLength: 800, "x-warn-maxLength": 255 },
    },
  },
  MerchantInformation: {
    type: "object",
    additionalProperties: false,
    properties: { merchantDescriptor: { $ref: "#/components/schemas/MerchantDescriptor" } },
  },
  MerchantDescriptor: {
    type: "object",
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      alternateName: { type: "string", maxLength: 13 },
      contact: { type: "string", maxLength: 25, "x-warn-maxLength": 14 },
      address1: { type: "string", maxLength: 60 },
      locality: { type: "string", maxLength: 30, "x-warn-maxLength": 13 },
      country: { type: "string", maxLength: 3 },
      postalCode: { type: "string", maxLength: 14 },
    },
  },
  BuyerInformation: {
    type: "object",
    additionalProperties: false,
    properties: {
      merchantCustomerId: { type: "string", maxLength: 100, "x-warn-maxLength": 30 },
      dateOfBirth: { type: "string", pattern: "^[0-9]{8}$", maxLength: 8 },
      mobilePhone: { type: "integer", minimum: 0 },
    },
  },
  DeviceInformation: {
    type: "object",
    additionalProperties: false,
    properties: {
      fingerprintSessionId: {
        type: "string",
        pattern: "^[A-Za-z0-9_-]+$",
        "x-severity": "warning",
      },
      ipAddress: { type: "string", maxLength: 48, "x-warn-maxLength": 45 },
      hostName: { type: "string", maxLength: 60 },
      userAgent: { type: "string", maxLength: 40 },
    },
  },
  PointOfSaleInformation: {
    type: "object",
    additionalProperties: false,
    properties: {
      terminalId: { type: "string", maxLength: 8 },
      entryMode: {
        type: "string",
        enum: ["contact", "contactless", "keyed", "msd", "swiped"],
        "x-severity": "warning",
        maxLength: 11,
      },
      terminalCapability: { type: "integer", minimum: 1, maximum: 5 },
    },
  },
  ReversalReason: { type: "string", enum: ["34"], "x-severity": "warning" },
};
