// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

export interface paths {
  "/pts/v2/payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Authorize a JPO payment
     * @description Asks the issuer to approve a Visa card payment in yen with the Japanese Payment Option named
     *     by `paymentMethod`. With `processingInformation.capture: true` the approved amount is also
     *     captured in the same request.
     *
     *     Send a unique `clientReferenceInformation.transactionId` with every authorization. If no
     *     response arrives, it is the only way to find and reverse the authorization
     *     (`POST /pts/v2/reversals`).
     */
    post: operations["authorizeJpoPayment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/payments/{id}/captures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Capture an authorization
     * @description Captures an approved authorization, in full or in part, so that it is settled. The JPO
     *     fields of the authorization can be restated; a capture uses the older flat bonus fields
     *     (`bonuses` as a count, `bonusMonth`, `bonusAmount`, `secondBonusMonth`,
     *     `secondBonusAmount`) rather than the authorization's `bonuses` array.
     */
    post: operations["captureJpoPayment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/payments/{id}/reversals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse an authorization
     * @description Releases the funds held by an authorization whose id is known. Only an authorization that
     *     has not been captured or settled can be reversed. The amount is the full authorized amount.
     */
    post: operations["reverseJpoAuthorization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/reversals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse an authorization whose outcome is unknown
     * @description The timeout reversal. When an authorization request got no response (a timeout, a reset
     *     connection), its id is unknown, so it is reversed by the
     *     `clientReferenceInformation.transactionId` sent with it. Cybersource asks to wait 60
     *     seconds after the lost request before sending this, and keeps transaction ids unique for
     *     180 days. The amount is the amount that was requested.
     *
     *     The currency is sent in `reversalInformation.amountDetails.currency`, where Cybersource's
     *     example puts it; its list of required fields names
     *     `orderInformation.amountDetails.currency` instead. Both are accepted here, and the SDK
     *     sends both with the same value so that either reading is satisfied.
     */
    post: operations["reverseTimedOutAuthorization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/microform/v2/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a Flex Microform capture context
     * @description Makes the capture context a checkout page needs to load Flex Microform v2: Cybersource-hosted
     *     card fields that return a **transient token** instead of the card number, so that card data
     *     is never stored, processed or passed through the merchant's systems (the Installment Sales
     *     Act's カード情報の非保持化). Send the token's JWT as `tokenInformation.transientTokenJwt` of
     *     `POST /pts/v2/payments` within 15 minutes.
     *
     *     For JPO, limit `allowedCardNetworks` to `["VISA"]`: JPO on Visa Platform Connect takes Visa
     *     cards only.
     */
    post: operations["createCaptureContext"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description An amount in whole Japanese yen, as a string of digits without a decimal point or
     *     separators (yen has no minor unit: `"100"`, not `"100.00"`). Cybersource allows 19
     *     characters in general but 12 on Visa Platform Connect, so 12 is the limit here.
     * @example 120000
     */
    YenAmount: string;
    /**
     * @description ISO 4217 alphabetic code. JPO payments are in yen, so the only value is `JPY`. Cybersource
     *     accepts lower case too (its own examples send `jpy`); the upper-case form is used here.
     * @enum {string}
     */
    Currency: "JPY";
    /**
     * @description A calendar month as two digits, `01` (January) to `12` (December).
     * @example 04
     */
    TwoDigitMonth: string;
    /**
     * @description Cybersource's three-digit card type code. JPO on Visa Platform Connect accepts only `001`
     *     (Visa). The other codes are listed because Cybersource accepts them on other paths, and a
     *     server answers them with a decline reason rather than a schema error.
     *
     *     | code | card | code | card |
     *     |---|---|---|---|
     *     | `001` | Visa | `007` | JCB |
     *     | `002` | Mastercard | `024` | Maestro (UK Domestic) |
     *     | `003` | American Express | `036` | Cartes Bancaires |
     *     | `004` | Discover | `039` | Encoded account number |
     *     | `005` | Diners Club | `042` | Maestro (International) |
     *     | `006` | Carte Blanche | `062` | China UnionPay |
     * @enum {string}
     */
    CardTypeCode:
      "001" | "002" | "003" | "004" | "005" | "006" | "007" | "024" | "036" | "039" | "042" | "062";
    /**
     * @description The Japanese Payment Option: `10` single (一括払い), `21`-`24` bonus (ボーナス一括払い),
     *     `31`-`34` bonus combined with installments (ボーナス併用払い), `61` installments (分割払い),
     *     `80` revolving (リボ払い). These are the REST codes; the Simple Order codes 1, 2, 4, 5 and 6 are
     *     not accepted. Cybersource's published installment example sends `31`; an installment
     *     payment is `61`.
     * @enum {string}
     */
    PaymentMethodCode: "10" | "21" | "22" | "23" | "24" | "31" | "32" | "33" | "34" | "61" | "80";
    /**
     * @description Number of monthly payments, 1 to 99, as one or two digits. Cybersource documents it as a
     *     two-character string and gives no minimum; which counts are allowed (commonly 3, 5, 6, 10,
     *     12, 15, 18, 20 or 24) depends on the issuer's contract with the cardholder.
     * @example 12
     */
    InstallmentCount: string;
    /**
     * @description When Cybersource received the request, in UTC, as `YYYY-MM-DDThh:mm:ssZ`.
     * @example 2026-11-25T03:15:42Z
     */
    SubmitTimeUtc: string;
    /**
     * @description An authorization with Japanese Payment Options. The required fields are those of
     *     Cybersource's JPO installment page. Accounts enabled for Cybersource's relaxed requirements
     *     for address data and expiration date may leave out some `billTo` and expiry fields; that is
     *     an account setting, not something this schema can see.
     */
    JpoAuthorizationRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      processingInformation: components["schemas"]["AuthorizationProcessingInformation"];
      paymentInformation?: components["schemas"]["PaymentInformation"];
      tokenInformation?: components["schemas"]["TokenInformation"];
      orderInformation: components["schemas"]["AuthorizationOrderInformation"];
    };
    /** @description The merchant's own references for the request. */
    ClientReferenceInformation: {
      /**
       * @description The merchant's order or reference number. Depending on the account, Cybersource may
       *     require it to be unique within 15 minutes. Cybersource's newer material allows 59
       *     characters; its field reference says 50, which is the limit here.
       * @example ORDER-20261125-0001
       */
      code?: string;
      /**
       * @description The merchant's unique id for this transaction, at most 30 characters. It is what a
       *     timeout reversal (`POST /pts/v2/reversals`) uses to find an authorization whose response
       *     was lost, and it must be unique for 180 days. The SDK always sends one.
       * @example TX-20261125-0001
       */
      transactionId?: string;
    };
    /** @description How the payment is to be processed. */
    AuthorizationProcessingInformation: {
      /**
       * @description `true` to capture the amount in the same request (a sale). Default `false`: only
       *     authorize, and capture later with `POST /pts/v2/payments/{id}/captures`.
       * @default false
       */
      capture?: boolean;
      japanPaymentOptions: components["schemas"]["JapanPaymentOptions"];
      /** @description Services bundled with the authorization; `TOKEN_CREATE` stores the card in TMS. */
      actionList?: components["schemas"]["AuthorizationAction"][];
      /** @description The TMS token types `TOKEN_CREATE` creates. */
      actionTokenTypes?: components["schemas"]["ActionTokenType"][];
    };
    /**
     * @description The Japanese Payment Option and the merchant names shown on the cardholder's statement.
     *     `paymentMethod` selects one of five shapes, and which of `installments` and `bonuses` may
     *     be sent depends on it:
     *
     *     | `paymentMethod` | `installments` | `bonuses` |
     *     |---|---|---|
     *     | `10` single | not allowed | not allowed |
     *     | `21`-`24` bonus | not allowed | optional |
     *     | `31`-`34` bonus with installments | required | required |
     *     | `61` installments | required | not allowed |
     *     | `80` revolving | not allowed | not allowed |
     *
     *     Cybersource's field pages contradict each other on these conditions (one leaves `61` out of
     *     the codes that need `installments`, another leaves `33` out of the codes that need
     *     `paymentMethod` at all); the table is the reading that matches what each option is, and a
     *     request that follows it is accepted under every reading.
     */
    JapanPaymentOptions:
      | components["schemas"]["JpoSinglePayment"]
      | components["schemas"]["JpoBonusPayment"]
      | components["schemas"]["JpoBonusInstallmentPayment"]
      | components["schemas"]["JpoInstallmentPayment"]
      | components["schemas"]["JpoRevolvingPayment"];
    /**
     * Single payment (10, 一括払い)
     * @description The whole amount is billed at once, with no installments and no bonus payment.
     */
    JpoSinglePayment: {
      /**
       * @description `10`: single payment. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "10";
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * Bonus payment (21-24, ボーナス一括払い)
     * @description The whole amount is billed with the cardholder's next bonus (Japanese salaries pay bonuses,
     *     usually in summer and winter). `bonuses` may name the month.
     */
    JpoBonusPayment: {
      /**
       * @description `21`-`24`: bonus payment. Ask the acquirer which variant your contract uses. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "21" | "22" | "23" | "24";
      bonuses?: components["schemas"]["JpoBonuses"];
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * Bonus with installments (31-34, ボーナス併用払い)
     * @description Monthly installments plus extra payments in bonus months. Both `installments` and
     *     `bonuses` are required.
     */
    JpoBonusInstallmentPayment: {
      /**
       * @description `31`-`34`: bonus combined with installments. Ask the acquirer which variant your
       *     contract uses.
       *      (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "31" | "32" | "33" | "34";
      installments: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
      bonuses: components["schemas"]["JpoBonuses"];
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * Installments (61, 分割払い)
     * @description The amount is split into `installments` monthly payments.
     */
    JpoInstallmentPayment: {
      /**
       * @description `61`: installment payment. Cybersource's published installment example sends `31`,
       *     which is bonus combined with installments.
       *      (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "61";
      installments: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * Revolving (80, リボ払い)
     * @description The cardholder repays in fixed monthly amounts agreed with the issuer; the merchant sends
     *     no installment count.
     */
    JpoRevolvingPayment: {
      /**
       * @description `80`: revolving payment. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "80";
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * @description The month of the first payment, `01` to `12`. When it is left out, Cybersource uses the
     *     month after the transaction date. Cybersource's published example spells the field
     *     `firstBusinessMonth`, which Cybersource ignores.
     * @example 04
     */
    FirstBillingMonth: string;
    /**
     * @description The merchant's name in Japanese characters (kanji, kana and other full-width characters
     *     are allowed), at most 25 characters.
     * @example 我社
     */
    BusinessName: string;
    /**
     * @description The merchant's name in katakana, full-width (ワガシャ) or half-width (ﾜｶﾞｼｬ), with the
     *     prolonged sound mark (ー), the middle dot (・) and spaces; at most 25 characters.
     *     Hiragana and kanji are not katakana: Cybersource's published example value `わが社の場合`
     *     is rejected. Cybersource does not say which width it prefers.
     * @example ワガシャ
     */
    BusinessNameKatakana: string;
    /**
     * @description The merchant's name in ASCII letters, digits and spaces, at most 25 characters.
     * @example OurStore
     */
    BusinessNameAlphaNumeric: string;
    /**
     * @description The 13-digit terminal identifier that the Japan Credit Card Association (JCCA) assigns,
     *     provided by Cybersource. Required for card-present transactions (for example when
     *     `jis2TrackData` is sent). Not the same field as `pointOfSaleInformation.terminalID`.
     * @example 1234567890123
     */
    JccaTerminalId: string;
    /**
     * @description The JIS II track data read from the front of a Japanese card, for card-present
     *     transactions, at most 69 characters. It is card data: never log it.
     */
    Jis2TrackData: string;
    /**
     * @description The kind of pre-approval (Japan only): `0` normal authorization, `1` negative-card check
     *     (amount 0 or 1), `2` reservation of an authorization, `3` cancellation, `4`
     *     merchant-initiated reversal or refund, `5` cancellation of a reservation, `6`
     *     post-authorization.
     * @enum {string}
     */
    PreapprovalType: "0" | "1" | "2" | "3" | "4" | "5" | "6";
    /** @description The bonus payments (ボーナス払い), at most six, each a month and an amount. */
    JpoBonuses: components["schemas"]["JpoBonus"][];
    /** @description One bonus payment. */
    JpoBonus: {
      /**
       * @description The month of the bonus payment, 1 to 12, as one or two digits (`7` or `07`).
       * @example 07
       */
      month: string;
      /**
       * @description The bonus amount in whole yen, at most 99999999.
       * @example 20000
       */
      amount: string;
    };
    /**
     * @description The card being charged: a card number (`card`), or TMS tokens (`customer`,
     *     `paymentInstrument`, `instrumentIdentifier`, with an optional `shippingAddress`). A request
     *     names exactly one card source: a card number, a transient token (`tokenInformation`) or TMS
     *     tokens. With a token, `card` carries only `expirationMonth` and `expirationYear` (optional
     *     overrides of the token's expiry), and its `number` and `type` are not required.
     */
    PaymentInformation: {
      card?: components["schemas"]["Card"];
      customer?: components["schemas"]["TmsCustomer"];
      paymentInstrument?: components["schemas"]["TmsPaymentInstrument"];
      instrumentIdentifier?: components["schemas"]["TmsInstrumentIdentifier"];
      shippingAddress?: components["schemas"]["TmsShippingAddress"];
    };
    /**
     * @description The card's number and expiry. JPO on Visa Platform Connect accepts Visa cards only. These
     *     values are card data: never log them (mask a number as its first six and last four digits).
     */
    Card: {
      /**
       * @description The card number (PAN), 12 to 19 digits without spaces.
       * @example 4111111111111111
       */
      number: string;
      /** @description The card's expiry month, `01` to `12`; the leading zero is required. */
      expirationMonth: components["schemas"]["TwoDigitMonth"];
      /**
       * @description The card's expiry year, four digits.
       * @example 2031
       */
      expirationYear: string;
      type: components["schemas"]["CardTypeCode"];
      /** @description The card verification number (CVV2), 3 or 4 digits. Never store or log it. */
      securityCode?: string;
    };
    /** @description The amount and the cardholder's billing details. */
    AuthorizationOrderInformation: {
      amountDetails: components["schemas"]["AmountDetails"];
      billTo: components["schemas"]["BillTo"];
      /** @description Invoice details. */
      invoiceDetails?: {
        /**
         * @description The merchant's sales slip number, printed on the receipt, 1 to 99999. Optional: when
         *     it is left out, Cybersource assigns one and returns it.
         */
        salesSlipNumber?: number;
      };
    };
    /** @description The amount to authorize. */
    AmountDetails: {
      totalAmount: components["schemas"]["YenAmount"];
      currency: components["schemas"]["Currency"];
    };
    /**
     * @description The cardholder's billing address. Visa Platform Connect replaces characters outside ASCII
     *     with placeholders before passing names on to the card network, and cuts `address1` and
     *     `address2` together to 40 characters.
     */
    BillTo: {
      /**
       * @description The cardholder's given name, at most 60 characters.
       * @example Taro
       */
      firstName: string;
      /**
       * @description The cardholder's family name, at most 60 characters.
       * @example Yamada
       */
      lastName: string;
      /**
       * @description The first line of the billing address. Cybersource's newer material allows 255
       *     characters, but its own description still says 60, which is the limit here.
       * @example 1-1-1 Marunouchi
       */
      address1: string;
      /** @description The second line of the billing address, at most 60 characters. */
      address2?: string;
      /**
       * @description The city, ward or town, at most 50 characters.
       * @example Chiyoda-ku
       */
      locality: string;
      /**
       * @description The state, province or prefecture. For the United States and Canada it is the two-letter
       *     code (Cybersource's field reference gives length 2 for those); elsewhere a name such as
       *     `Tokyo`. Older and newer Cybersource specifications allow 20 and 50 characters; 20 is the
       *     limit here.
       * @example Tokyo
       */
      administrativeArea: string;
      /**
       * @description The postal code, at most 10 characters: in Japan `100-0005`, in the United States
       *     `12345` or `12345-6789`, in Canada `A1B 2C3`.
       * @example 100-0005
       */
      postalCode: string;
      /**
       * @description ISO 3166-1 alpha-2 country code, e.g. `JP`. Cybersource's newer specification allows 3
       *     characters; its field reference says 2, which is the rule here.
       * @example JP
       */
      country: string;
      /**
       * Format: email
       * @description The cardholder's email address, at most 255 characters.
       * @example taro@example.jp
       */
      email: string;
    };
    /** @description A related operation on this payment. */
    Link: {
      /**
       * @description The path of the related resource, relative to the API host.
       * @example /pts/v2/payments/6843585327946622203059/captures
       */
      href: string;
      /**
       * @description The HTTP method to use on `href`.
       * @enum {string}
       */
      method?: "GET" | "POST" | "PATCH" | "DELETE";
    };
    /**
     * @description Operations available on the authorization. Cybersource's response model calls the reversal
     *     link `reversal`; its JPO examples show it as `authReversal`. Either may appear.
     */
    AuthorizationLinks: {
      self?: components["schemas"]["Link"];
      capture?: components["schemas"]["Link"];
      reversal?: components["schemas"]["Link"];
      authReversal?: components["schemas"]["Link"];
    };
    /**
     * @description The outcome. Only `AUTHORIZED` and `PARTIAL_AUTHORIZED` are approvals that can be captured;
     *     `AUTHORIZED_PENDING_REVIEW` is approved but held for a fraud review; `AUTHORIZED_RISK_DECLINED`
     *     was approved by the issuer and then declined by fraud screening (reverse it);
     *     `PENDING_AUTHENTICATION` needs payer authentication; `PENDING_REVIEW` is held for review;
     *     `DECLINED` was refused (see `errorInformation.reason`); `INVALID_REQUEST` was rejected.
     * @enum {string}
     */
    AuthorizationStatus:
      | "AUTHORIZED"
      | "PARTIAL_AUTHORIZED"
      | "AUTHORIZED_PENDING_REVIEW"
      | "AUTHORIZED_RISK_DECLINED"
      | "PENDING_AUTHENTICATION"
      | "PENDING_REVIEW"
      | "DECLINED"
      | "INVALID_REQUEST";
    /**
     * @description Why an authorization was not approved.
     * @enum {string}
     */
    DeclineReason:
      | "AVS_FAILED"
      | "CONTACT_PROCESSOR"
      | "EXPIRED_CARD"
      | "PROCESSOR_DECLINED"
      | "INSUFFICIENT_FUND"
      | "STOLEN_LOST_CARD"
      | "ISSUER_UNAVAILABLE"
      | "UNAUTHORIZED_CARD"
      | "CVN_NOT_MATCH"
      | "EXCEEDS_CREDIT_LIMIT"
      | "INVALID_CVN"
      | "BLOCKED_BY_CARDHOLDER"
      | "DECLINED_CHECK"
      | "BLACKLISTED_CUSTOMER"
      | "SUSPENDED_ACCOUNT"
      | "PAYMENT_REFUSED"
      | "CV_FAILED"
      | "INVALID_ACCOUNT"
      | "GENERAL_DECLINE"
      | "INVALID_MERCHANT_CONFIGURATION"
      | "DECISION_PROFILE_REJECT"
      | "SCORE_EXCEEDS_THRESHOLD"
      | "PENDING_AUTHENTICATION"
      | "ACH_VERIFICATION_FAILED"
      | "DECISION_PROFILE_REVIEW"
      | "CONSUMER_AUTHENTICATION_REQUIRED"
      | "CONSUMER_AUTHENTICATION_FAILED"
      | "ALLOWABLE_PIN_RETRIES_EXCEEDED"
      | "PROCESSOR_ERROR"
      | "CUSTOMER_WATCHLIST_MATCH"
      | "ADDRESS_COUNTRY_WATCHLIST_MATCH"
      | "EMAIL_COUNTRY_WATCHLIST_MATCH"
      | "IP_COUNTRY_WATCHLIST_MATCH"
      | "DAGGREJECTED"
      | "DAGGDENIED"
      | "DSYSREJECTED";
    /** @description One problem with one field. */
    ErrorDetail: {
      /** @description The dotted path of the field, e.g. `orderInformation.billTo.email`. */
      field?: string;
      /**
       * @description `MISSING_FIELD` or `INVALID_DATA`.
       * @enum {string}
       */
      reason?: "MISSING_FIELD" | "INVALID_DATA";
    };
    /** @description The references sent with the request, echoed. */
    ResponseClientReferenceInformation: {
      /** @description The merchant's reference code. */
      code?: string;
      /** @description The merchant's transaction id. */
      transactionId?: string;
    };
    /** @description The card type that was used. */
    CardTypeOnly: {
      /** @description The three-digit card type code. */
      type?: string;
    };
    /**
     * @description The result of an authorization. Clients should tolerate fields not listed here: Cybersource
     *     adds response fields without notice.
     */
    AuthorizationResponse: {
      _links?: components["schemas"]["AuthorizationLinks"];
      /**
       * @description The payment's id, used in the paths of its capture and reversal. At most 26 characters
       *     (22 digits in practice).
       */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      status: components["schemas"]["AuthorizationStatus"];
      /** @description The reference that appears in settlement reports, at most 60 characters. */
      reconciliationId?: string;
      /** @description A human-readable explanation of the status. */
      message?: string;
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description Why the authorization was not approved; present with `DECLINED` and similar. */
      errorInformation?: {
        reason?: components["schemas"]["DeclineReason"];
        /** @description A human-readable explanation of the reason. */
        message?: string;
        /** @description The fields involved, if any. */
        details?: components["schemas"]["ErrorDetail"][];
      };
      /** @description The amounts as processed. */
      orderInformation?: {
        /** @description The requested and approved amounts. */
        amountDetails?: {
          /** @description The amount requested. */
          totalAmount?: string;
          /**
           * @description The amount approved. With `PARTIAL_AUTHORIZED` it is less than the amount
           *     requested.
           */
          authorizedAmount?: string;
          /** @description The currency, as sent (Cybersource echoes `jpy` in lower case if sent so). */
          currency?: string;
        };
        /** @description Invoice details. */
        invoiceDetails?: {
          /**
           * @description The sales slip number. Cybersource's model says integer, its JPO example returns
           *     a string such as `"56311"`; both are accepted.
           */
          salesSlipNumber?: string | number;
        };
      };
      /** @description What the processor and issuer returned. */
      processorInformation?: {
        /** @description The issuer's approval code (`123456` on the test system). */
        approvalCode?: string;
        /** @description The processor's raw response code; not meant for deciding the outcome. */
        responseCode?: string;
        /** @description The category of the response for Japanese issuers, e.g. `000`. */
        responseCategoryCode?: string;
        /** @description The Japanese acquirer that handled the payment, e.g. `Sumitomo`. */
        forwardedAcquirerCode?: string;
        /**
         * @description The sales slip number, as returned in Cybersource's JPO example (it is not in
         *     Cybersource's response model).
         */
        salesSlipNumber?: string | number;
        /** @description The network transaction id. */
        transactionId?: string;
        /** @description The network transaction id, under its newer name. */
        networkTransactionId?: string;
        /** @description The system trace audit number. */
        systemTraceAuditNumber?: string;
        /** @description The retrieval reference number. */
        retrievalReferenceNumber?: string;
        /** @description The address verification result. */
        avs?: {
          /** @description The normalized address verification code. */
          code?: string;
          /** @description The processor's raw address verification code. */
          codeRaw?: string;
        };
        /** @description The card verification number check. */
        cardVerification?: {
          /** @description The normalized result. */
          resultCode?: string;
          /** @description The processor's raw result. */
          resultCodeRaw?: string;
        };
        /** @description The issuer's advice to the merchant. */
        merchantAdvice?: {
          /** @description The advice code. */
          code?: string;
        };
      };
      /** @description The payment instrument used. */
      paymentInformation?: {
        card?: components["schemas"]["CardTypeOnly"];
        tokenizedCard?: components["schemas"]["CardTypeOnly"];
      };
      tokenInformation?: components["schemas"]["ResponseTokenInformation"];
      /** @description The account behind the card. */
      paymentAccountInformation?: {
        card?: components["schemas"]["CardTypeOnly"];
      };
    };
    /** @description Why an authorization request was rejected. */
    AuthorizationInvalidRequestResponse: {
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description Always `INVALID_REQUEST`.
       * @constant
       */
      status: "INVALID_REQUEST";
      /**
       * @description The reason for the rejection.
       * @enum {string}
       */
      reason:
        | "MISSING_FIELD"
        | "INVALID_DATA"
        | "DUPLICATE_REQUEST"
        | "INVALID_CARD"
        | "CARD_TYPE_NOT_ACCEPTED"
        | "INVALID_MERCHANT_CONFIGURATION"
        | "PROCESSOR_UNAVAILABLE"
        | "INVALID_AMOUNT"
        | "INVALID_CARD_TYPE"
        | "INVALID_PAYMENT_ID"
        | "NOT_SUPPORTED";
      /** @description A human-readable explanation. */
      message?: string;
      /** @description The fields involved. */
      details?: components["schemas"]["ErrorDetail"][];
    };
    /** @description Why a capture or reversal request was rejected. */
    FollowUpInvalidRequestResponse: {
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description Always `INVALID_REQUEST`.
       * @constant
       */
      status: "INVALID_REQUEST";
      /**
       * @description The reason for the rejection.
       * @enum {string}
       */
      reason:
        | "MISSING_FIELD"
        | "INVALID_DATA"
        | "DUPLICATE_REQUEST"
        | "INVALID_MERCHANT_CONFIGURATION"
        | "PROCESSOR_UNAVAILABLE"
        | "EXCEEDS_AUTH_AMOUNT"
        | "AUTH_ALREADY_REVERSED"
        | "TRANSACTION_ALREADY_SETTLED"
        | "INVALID_AMOUNT"
        | "MISSING_AUTH"
        | "TRANSACTION_ALREADY_REVERSED_OR_SETTLED"
        | "NOT_SUPPORTED";
      /** @description A human-readable explanation. */
      message?: string;
      /** @description The fields involved. */
      details?: components["schemas"]["ErrorDetail"][];
    };
    /** @description The body observed with a 401; undocumented by Cybersource. */
    AuthenticationFailedResponse: {
      /** @description The wrapper Cybersource uses. */
      response?: {
        /** @description A human-readable reason, e.g. `Authentication Failed`. */
        rmsg?: string;
      };
    };
    /** @description A failure inside Cybersource or the processor. */
    ServerErrorResponse: {
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description Always `SERVER_ERROR`.
       * @constant
       */
      status: "SERVER_ERROR";
      /**
       * @description `SYSTEM_ERROR`, `SERVER_TIMEOUT` or `SERVICE_TIMEOUT`. With any of them the outcome of an
       *     authorization is unknown.
       * @enum {string}
       */
      reason: "SYSTEM_ERROR" | "SERVER_TIMEOUT" | "SERVICE_TIMEOUT";
      /** @description A human-readable explanation. */
      message?: string;
    };
    /** @description A capture of an approved authorization. */
    CaptureRequest: {
      /** @description The merchant's reference for the capture. */
      clientReferenceInformation?: {
        /** @description The merchant's order or reference number, at most 50 characters. */
        code?: string;
      };
      /** @description The amount to capture. */
      orderInformation: {
        amountDetails: components["schemas"]["AmountDetails"];
      };
      /** @description The JPO details of the capture. */
      processingInformation?: {
        japanPaymentOptions?: components["schemas"]["JapanCaptureOptions"];
      };
    };
    /**
     * @description The Japanese Payment Option as restated at capture time. Cybersource's capture model keeps
     *     the flat bonus fields that the authorization replaced with the `bonuses` array.
     */
    JapanCaptureOptions: {
      paymentMethod?: components["schemas"]["PaymentMethodCode"];
      installments?: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["TwoDigitMonth"];
      /**
       * @description The number of bonus payments, `1` or `2`.
       * @enum {string}
       */
      bonuses?: "1" | "2";
      /** @description The month of the first bonus payment, 1 to 12. */
      bonusMonth?: string;
      /** @description The first bonus amount in whole yen. */
      bonusAmount?: string;
      /** @description The month of the second bonus payment, 1 to 12. */
      secondBonusMonth?: string;
      /** @description The second bonus amount in whole yen. */
      secondBonusAmount?: string;
    };
    /** @description The result of a capture. */
    CaptureResponse: {
      /** @description Operations available on the capture. */
      _links?: {
        self?: components["schemas"]["Link"];
        void?: components["schemas"]["Link"];
      };
      /** @description The capture's id. */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description `PENDING`: the capture is accepted and settles with the next batch.
       * @enum {string}
       */
      status: "PENDING";
      /** @description The reference that appears in settlement reports. */
      reconciliationId?: string;
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description The amount captured. */
      orderInformation?: {
        /** @description The amount captured. */
        amountDetails?: {
          /** @description The amount captured. */
          totalAmount?: string;
          /** @description The currency. */
          currency?: string;
        };
      };
    };
    /** @description The amount to release and why. */
    ReversalInformation: {
      /**
       * @description The amount to reverse: the full amount of the authorization. The currency is optional on
       *     a reversal by id and sent by the SDK anyway.
       */
      amountDetails: {
        totalAmount: components["schemas"]["YenAmount"];
        currency?: components["schemas"]["Currency"];
      };
      /** @description A short free-text reason for the reversal, for the merchant's records. */
      reason?: string;
    };
    /** @description A reversal of an authorization identified by its id. */
    AuthorizationReversalRequest: {
      /** @description The merchant's reference for the reversal. */
      clientReferenceInformation?: {
        /** @description The merchant's order or reference number, at most 50 characters. */
        code?: string;
      };
      reversalInformation: components["schemas"]["ReversalInformation"];
    };
    /** @description A reversal of an authorization identified by the transaction id it was sent with. */
    TimeoutReversalRequest: {
      /** @description The transaction id of the authorization to reverse. */
      clientReferenceInformation: {
        /** @description The `transactionId` sent with the authorization. */
        transactionId: string;
        /** @description The merchant's reference code, at most 50 characters. */
        code?: string;
      };
      reversalInformation: components["schemas"]["ReversalInformation"];
      /** @description The currency, where Cybersource's list of required fields puts it. */
      orderInformation?: {
        /** @description The currency of the authorization. */
        amountDetails?: {
          currency: components["schemas"]["Currency"];
        };
      };
    };
    /** @description The result of a reversal. */
    ReversalResponse: {
      /** @description Operations available on the reversal. */
      _links?: {
        self?: components["schemas"]["Link"];
      };
      /** @description The reversal's id. */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description `REVERSED`: the held funds are released.
       * @enum {string}
       */
      status: "REVERSED";
      /** @description The reference that appears in settlement reports. */
      reconciliationId?: string;
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description The amounts involved. */
      reversalAmountDetails?: {
        /** @description The amount released. */
        reversedAmount?: string;
        /** @description The amount of the authorization. */
        originalTransactionAmount?: string;
        /** @description The currency. */
        currency?: string;
      };
      /** @description What the processor returned. */
      processorInformation?: {
        /** @description The processor's raw response code. */
        responseCode?: string;
        /** @description The category of the response for Japanese issuers. */
        responseCategoryCode?: string;
      };
    };
    /**
     * @description A transient token standing for the card, so that the card number never reaches the
     *     merchant's server (カード情報の非保持化). Send exactly one of `transientTokenJwt` and `jti`,
     *     and no `paymentInformation.card.number`, customer, payment instrument or instrument
     *     identifier token with it. The token replaces "many of the fields that are normally required",
     *     so `paymentInformation.card` may be left out; only its `expirationMonth` and `expirationYear`
     *     may be sent, to override the expiry the token holds.
     */
    TokenInformation: {
      /**
       * @description The transient token as the JWT that Flex Microform or Unified Checkout returned in the
       *     buyer's browser. Valid for 15 minutes and usable several times within them. It is a
       *     bearer credential: never log it.
       */
      transientTokenJwt?: string;
      /**
       * @description The transient token's id (the JWT's `jti` claim) instead of the whole JWT: "64
       *     hexadecimal id value representing captured payment credentials". Never log it.
       */
      jti?: string;
      /**
       * @description With a TMS token: `prefer` (the default) uses a payment network token linked to it if
       *     there is one; `ignore` uses the tokenized card number.
       * @enum {string}
       */
      networkTokenOption?: "ignore" | "prefer";
    };
    /**
     * @description A Token Management Service (TMS) token id, at most 32 characters (Cybersource's TMS issues 32
     *     hexadecimal characters). The SDK cannot see the card behind it, so it
     *     cannot check Visa-only or expiry before sending; Cybersource does.
     */
    TmsTokenId: string;
    /**
     * @description A TMS customer token: its default payment instrument (the card) and default shipping address
     *     are used. With it `orderInformation.billTo` may be left out, since the token's payment
     *     instrument carries the billing address ("many of the fields that are normally required ...
     *     become optional").
     */
    TmsCustomer: {
      id: components["schemas"]["TmsTokenId"];
    };
    /** @description A TMS payment instrument token (a card with its billing address). */
    TmsPaymentInstrument: {
      id: components["schemas"]["TmsTokenId"];
    };
    /**
     * @description A TMS instrument identifier token (the card number alone). Send the expiry in
     *     `paymentInformation.card.expirationMonth` and `.expirationYear` with it.
     */
    TmsInstrumentIdentifier: {
      id: components["schemas"]["TmsTokenId"];
    };
    /** @description A TMS shipping address token; it is not a card, and goes with a card source. */
    TmsShippingAddress: {
      id: components["schemas"]["TmsTokenId"];
    };
    /**
     * @description A service bundled with the authorization. `TOKEN_CREATE` stores the card (from a card
     *     number or a transient token) in TMS and returns the new tokens in `tokenInformation`. The
     *     other actions Cybersource offers are outside this document's scope.
     * @enum {string}
     */
    AuthorizationAction: "TOKEN_CREATE";
    /**
     * @description A TMS token type to create with `TOKEN_CREATE`. Without `actionTokenTypes` the default type
     *     of the merchant's token vault is created.
     * @enum {string}
     */
    ActionTokenType: "customer" | "paymentInstrument" | "instrumentIdentifier" | "shippingAddress";
    /** @description The TMS tokens created by a `TOKEN_CREATE` action. */
    ResponseTokenInformation: {
      /**
       * @description `true` when the card number was new to the token vault, `false` when an instrument
       *     identifier for it existed already.
       */
      instrumentidentifierNew?: boolean;
      customer?: components["schemas"]["CreatedToken"];
      paymentInstrument?: components["schemas"]["CreatedToken"];
      instrumentIdentifier?: components["schemas"]["CreatedToken"];
      shippingAddress?: components["schemas"]["CreatedToken"];
    };
    /** @description A token created as part of a bundled `TOKEN_CREATE` action. */
    CreatedToken: {
      /** @description The token's id; send it in `paymentInformation` of later authorizations. */
      id?: string;
      /** @description For an instrument identifier, the issuer's state of the card, e.g. `ACTIVE`. */
      state?: string;
    };
    /**
     * @description Asks for a Flex Microform v2 capture context: the signed JWT that lets Microform's card
     *     fields load on the listed origins and encrypt the card for Cybersource.
     */
    CaptureContextRequest: {
      /**
       * @description The Microform version to load, e.g. `v2`.
       * @example v2
       */
      clientVersion?: string;
      /**
       * @description The origins (scheme, host and port) of the pages that embed Microform, with no
       *     wildcards: `https://` except `http://localhost`. Up to nine for nested iframes.
       */
      targetOrigins: string[];
      /**
       * @description The card networks Microform accepts. JPO takes Visa only, so `["VISA"]` is the value
       *     for a JPO checkout (and the SDK's default).
       */
      allowedCardNetworks: components["schemas"]["CardNetwork"][];
      /** @description The payment types Microform offers, `CARD` (and `CHECK`, outside JPO). */
      allowedPaymentTypes?: ("CARD" | "CHECK")[];
    };
    /**
     * @description A card network that Flex Microform supports.
     * @enum {string}
     */
    CardNetwork:
      | "VISA"
      | "MASTERCARD"
      | "AMEX"
      | "CARNET"
      | "CARTESBANCAIRES"
      | "CUP"
      | "DINERSCLUB"
      | "DISCOVER"
      | "EFTPOS"
      | "ELO"
      | "JAYWAN"
      | "JCB"
      | "JCREW"
      | "KCP"
      | "MADA"
      | "MAESTRO"
      | "MEEZA"
      | "PAYPAK"
      | "UATP";
    /**
     * @description The capture context: a JWT signed by Cybersource (`application/jwt`). Its payload's
     *     `flx.jwk` is the public key that transient tokens issued under it are verified with, and
     *     `ctx[0].data` holds `clientLibrary`, `clientLibraryIntegrity`, `targetOrigins` and
     *     `allowedCardNetworks`. It expires after 15 minutes (`exp`).
     */
    CaptureContext: string;
  };
  responses: {
    /**
     * @description The request was rejected before it reached the issuer, for example because a field is
     *     missing or malformed. Nothing was authorized.
     */
    AuthorizationInvalidRequest: {
      headers: {
        "v-c-correlation-id": components["headers"]["CorrelationId"];
        [name: string]: unknown;
      };
      content: {
        "application/hal+json": components["schemas"]["AuthorizationInvalidRequestResponse"];
      };
    };
    /**
     * @description The capture or reversal was rejected, for example because the authorization is already
     *     reversed or settled, or because a field is missing or malformed.
     */
    FollowUpInvalidRequest: {
      headers: {
        "v-c-correlation-id": components["headers"]["CorrelationId"];
        [name: string]: unknown;
      };
      content: {
        "application/hal+json": components["schemas"]["FollowUpInvalidRequestResponse"];
      };
    };
    /**
     * @description The capture context request was rejected, for example because `targetOrigins` is missing or
     *     names a wildcard. Nothing was created.
     */
    CaptureContextInvalidRequest: {
      headers: {
        "v-c-correlation-id": components["headers"]["CorrelationId"];
        [name: string]: unknown;
      };
      content: {
        "application/hal+json": components["schemas"]["FollowUpInvalidRequestResponse"];
      };
    };
    /**
     * @description The signature or token was missing, malformed, expired or signed with the wrong key. Nothing
     *     was processed. Cybersource does not document this body; the shape below is the one
     *     observed, so clients should not depend on it.
     */
    AuthenticationFailed: {
      headers: {
        "v-c-correlation-id": components["headers"]["CorrelationId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AuthenticationFailedResponse"];
      };
    };
    /**
     * @description Cybersource or the processor failed or timed out. The outcome of an authorization that got
     *     this answer is unknown: reverse it by transaction id rather than retrying it.
     */
    ServerError: {
      headers: {
        "v-c-correlation-id": components["headers"]["CorrelationId"];
        [name: string]: unknown;
      };
      content: {
        "application/hal+json": components["schemas"]["ServerErrorResponse"];
      };
    };
  };
  parameters: {
    /**
     * @description The `id` of the authorization, from its 201 response.
     * @example 6843585327946622203059
     */
    PaymentId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Cybersource's identifier for this request. Quote it when contacting Cybersource support about
     *     a request.
     * @example 3c0c7f1b-6f2b-4f6a-9a86-0c4e6e2a1f55
     */
    CorrelationId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  authorizeJpoPayment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["JpoAuthorizationRequest"];
      };
    };
    responses: {
      /**
       * @description The request was processed. `status` tells whether it was approved; a decline is also a
       *     201.
       */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["AuthorizationResponse"];
        };
      };
      400: components["responses"]["AuthorizationInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  captureJpoPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the authorization, from its 201 response.
         * @example 6843585327946622203059
         */
        id: components["parameters"]["PaymentId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CaptureRequest"];
      };
    };
    responses: {
      /** @description The capture was accepted and will be settled with the next batch. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["CaptureResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  reverseJpoAuthorization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the authorization, from its 201 response.
         * @example 6843585327946622203059
         */
        id: components["parameters"]["PaymentId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AuthorizationReversalRequest"];
      };
    };
    responses: {
      /** @description The authorization was reversed. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["ReversalResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  reverseTimedOutAuthorization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TimeoutReversalRequest"];
      };
    };
    responses: {
      /** @description The authorization with that transaction id was reversed. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["ReversalResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  createCaptureContext: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CaptureContextRequest"];
      };
    };
    responses: {
      /** @description The capture context, a JWT signed by Cybersource. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/jwt": components["schemas"]["CaptureContext"];
        };
      };
      400: components["responses"]["CaptureContextInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
}
