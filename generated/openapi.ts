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
     *     The currency is optional: Cybersource's own sample sends none. The SDK sends it in
     *     `reversalInformation.amountDetails.currency`, where Cybersource's documentation example puts
     *     it. One required-field list names `orderInformation.amountDetails.currency`, which is not in
     *     Cybersource's reversal model; it is accepted here but not sent.
     */
    post: operations["reverseTimedOutAuthorization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/voids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void a capture whose outcome is unknown
     * @description The timeout void. A capture is not idempotent at Cybersource, so the SDK sends it once; when
     *     its answer is lost (a timeout, a reset connection, a 5xx), the capture is voided by the
     *     `clientReferenceInformation.transactionId` it was sent with. As for the timeout reversal,
     *     the SDK waits 60 seconds (configurable) after the lost request before sending this.
     */
    post: operations["voidTimedOutCapture"];
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
  "/pts/v2/captures/{id}/refunds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund a capture
     * @description Refunds a capture (a follow-on credit). Full or partial, in whole yen, never more than what is left of the capture. Cybersource
     *     links the refund to the original transaction, so it needs no card data and no JPO data. A
     *     refund is not idempotent at Cybersource: the SDK sends it once, and when its answer is lost
     *     it voids it by its `clientReferenceInformation.transactionId` (`POST /pts/v2/voids`).
     */
    post: operations["refundCapture"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/payments/{id}/refunds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund a sale
     * @description Refunds a sale (an authorization sent with capture). Full or partial, in whole yen, never more than what is left of the capture. Cybersource
     *     links the refund to the original transaction, so it needs no card data and no JPO data. A
     *     refund is not idempotent at Cybersource: the SDK sends it once, and when its answer is lost
     *     it voids it by its `clientReferenceInformation.transactionId` (`POST /pts/v2/voids`).
     */
    post: operations["refundPayment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/captures/{id}/voids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void a capture
     * @description Voids a capture by its id. A void cancels a capture that was submitted but not yet sent to the processor; once it was
     *     sent (settled), Cybersource declines the void (`NOT_VOIDABLE`).
     */
    post: operations["voidCapture"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/refunds/{id}/voids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void a refund
     * @description Voids a refund by its id. A void cancels a refund that was submitted but not yet sent to the processor; once it was
     *     sent (settled), Cybersource declines the void (`NOT_VOIDABLE`).
     */
    post: operations["voidRefund"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pts/v2/credits/{id}/voids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void a credit
     * @description Voids a credit by its id. The SDK sends no standalone credits; this voids one made elsewhere. A void cancels a credit that was submitted but not yet sent to the processor; once it was
     *     sent (settled), Cybersource declines the void (`NOT_VOIDABLE`).
     */
    post: operations["voidCredit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tss/v2/transactions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Look a transaction up
     * @description The Transaction Details API. Not real-time: Cybersource says "It is not intended for use in
     *     real-time transaction processing" and "If the response is an HTTP 404 status code, retry the
     *     API call 5 minutes later, for a maximum of five tries". A 404 right after a payment means
     *     "not yet". Never use it to resolve an unknown outcome: use the timeout reversal or void.
     */
    get: operations["getTransaction"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tss/v2/searches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Search transactions
     * @description The Transaction Search API, backed by the same reports as the Transaction Details API, so not
     *     real-time either. Summaries carry no JPO data: look a transaction up for it.
     */
    post: operations["searchTransactions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/risk/v1/authentication-setups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set up payer authentication (3-D Secure device data collection)
     * @description The first step of EMV 3-D Secure: returns the `referenceId`, `deviceDataCollectionUrl` and
     *     `accessToken` for the browser's hidden device data collection iframe. When the iframe has
     *     reported `profile.completed`, send the authorization with
     *     `processingInformation.actionList: ["CONSUMER_AUTHENTICATION"]` and the `referenceId`.
     */
    post: operations["setupPayerAuthentication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/risk/v1/authentications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check payer authentication enrollment (authenticate before authorizing)
     * @description Authenticates the cardholder with EMV 3-D Secure before any authorization: for merchants
     *     who authenticate first and then authorize with the result passed through
     *     (`consumerAuthenticationInformation.cavv`, `eciRaw`, `xid`, ... and
     *     `processingInformation.commerceIndicator`). Call it after the setup's device data collection
     *     has reported `profile.completed`. `AUTHENTICATION_SUCCESSFUL` carries the result;
     *     `PENDING_AUTHENTICATION` carries the challenge (`stepUpUrl`, `accessToken`,
     *     `authenticationTransactionId`), to validate with `POST /risk/v1/authentication-results` once
     *     the cardholder is done. Nothing is authorized and no funds are held.
     */
    post: operations["checkPayerAuthEnrollment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/risk/v1/authentication-results": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate authentication results (after a challenge)
     * @description Validates the challenge of an enrollment check that answered `PENDING_AUTHENTICATION`,
     *     once the return URL has received its `TransactionId`: send that
     *     `authenticationTransactionId` with the same amount and card. "Frictionless authentication
     *     does not require this validation step." Nothing is authorized and no funds are held.
     */
    post: operations["validateAuthenticationResults"];
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
     *     an account setting, not something this schema can see. Cybersource's current spec calls
     *     `clientReferenceInformation.code` required for authorizations while its JPO pages leave it
     *     out: a missing code is a warning.
     */
    JpoAuthorizationRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      processingInformation: components["schemas"]["AuthorizationProcessingInformation"];
      paymentInformation?: components["schemas"]["PaymentInformation"];
      tokenInformation?: components["schemas"]["TokenInformation"];
      orderInformation: components["schemas"]["AuthorizationOrderInformation"];
      buyerInformation?: components["schemas"]["BuyerInformation"];
      deviceInformation?: components["schemas"]["DeviceInformation"];
      merchantInformation?: components["schemas"]["MerchantInformation"];
      merchantDefinedInformation?: components["schemas"]["MerchantDefinedInformation"];
      pointOfSaleInformation?: components["schemas"]["PointOfSaleInformation"];
      consumerAuthenticationInformation?: components["schemas"]["ConsumerAuthenticationInformation"];
    };
    /** @description The merchant's own references for the request. */
    ClientReferenceInformation: {
      code?: components["schemas"]["ReferenceCode"];
      transactionId?: components["schemas"]["TransactionId"];
      /** @description A brief comment about the order (Cybersource gives no maximum length). */
      comments?: string;
      partner?: components["schemas"]["Partner"];
    };
    /** @description How the payment is to be processed. */
    AuthorizationProcessingInformation: {
      /**
       * @description `true` to capture the amount in the same request (a sale). Default `false`: only
       *     authorize, and capture later with `POST /pts/v2/payments/{id}/captures`.
       * @default false
       */
      capture?: boolean;
      commerceIndicator?: components["schemas"]["CommerceIndicator"];
      japanPaymentOptions: components["schemas"]["JapanPaymentOptions"];
      /**
       * @description Services bundled with the authorization: `TOKEN_CREATE` stores the card in TMS;
       *     `CONSUMER_AUTHENTICATION` runs 3-D Secure first; `VALIDATE_CONSUMER_AUTHENTICATION`
       *     validates a completed challenge.
       */
      actionList?: components["schemas"]["AuthorizationAction"][];
      /** @description The TMS token types `TOKEN_CREATE` creates. */
      actionTokenTypes?: components["schemas"]["ActionTokenType"][];
    };
    /**
     * @description The Japanese Payment Option and the merchant names shown on the cardholder's statement.
     *     `paymentMethod` selects one of five shapes, and which of `installments`, `firstBillingMonth`
     *     and `bonuses` may be sent depends on it:
     *
     *     | `paymentMethod` | `installments` | `firstBillingMonth` | `bonuses` |
     *     |---|---|---|---|
     *     | `10` single | not allowed | not allowed | not allowed |
     *     | `21`-`24` bonus | optional, a warning when missing | optional | optional |
     *     | `31`-`34` bonus with installments | optional, a warning when missing | optional | optional |
     *     | `61` installments | required | optional | not allowed |
     *     | `80` revolving | optional, a warning when missing | optional | not allowed |
     *
     *     Cybersource's sources disagree on these conditions. Its field reference calls `installments`
     *     required "for authorization and capture" with `21`-`24`, `31`-`34` and `80` but leaves out
     *     `61`; its `paymentMethod` page leaves `33` out of the codes that need the field at all; its
     *     bonus examples send no `installments`; its "combination" example sends `80`. Following the
     *     project's fidelity policy, a field that some source allows is allowed, and where some source
     *     requires it, leaving it out is a **warning** (`recommended-field`), not an error. `61` without
     *     `installments` is an error: an installment payment without a count has a known cost and no
     *     source makes it optional. No source speaks to `installments` with `10` or `bonuses` with
     *     `61`/`80`; they stay closed because they contradict what those options are. When
     *     `firstBillingMonth` is left out, Cybersource bills from the month after the transaction date.
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
     *     usually in summer and winter). `bonuses` may name the month. Cybersource's field reference
     *     calls `installments` required with `21`-`24`; its bonus examples leave it out, so it is
     *     optional here and its absence is a warning.
     */
    JpoBonusPayment: {
      /**
       * @description `21`-`24`: bonus payment. Ask the acquirer which variant your contract uses. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "21" | "22" | "23" | "24";
      installments?: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
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
     * @description Monthly installments plus extra payments in bonus months. `installments` is expected (a
     *     warning when it is missing); `bonuses` is optional: no Cybersource source requires it, and
     *     Cybersource's own example sends `31` without it.
     */
    JpoBonusInstallmentPayment: {
      /**
       * @description `31`-`34`: bonus combined with installments. Ask the acquirer which variant your
       *     contract uses.
       *      (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "31" | "32" | "33" | "34";
      installments?: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
      bonuses?: components["schemas"]["JpoBonuses"];
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
     * @description The cardholder repays in monthly amounts agreed with the issuer. Cybersource's field
     *     reference and its revolving required-field page list `installments` and
     *     `firstBillingMonth`, and its revolving example sends `installments`; both are optional here
     *     and a missing `installments` is a warning.
     */
    JpoRevolvingPayment: {
      /**
       * @description `80`: revolving payment. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      paymentMethod: "80";
      installments?: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
      businessName: components["schemas"]["BusinessName"];
      businessNameKatakana: components["schemas"]["BusinessNameKatakana"];
      businessNameAlphaNumeric: components["schemas"]["BusinessNameAlphaNumeric"];
      terminalId?: components["schemas"]["JccaTerminalId"];
      jis2TrackData?: components["schemas"]["Jis2TrackData"];
      preapprovalType?: components["schemas"]["PreapprovalType"];
    };
    /**
     * @description The month of the first payment, `01` to `12`. When it is left out, Cybersource bills from
     *     "the calendar month that follows the transaction date" on its own clock; the SDK does not
     *     fill it in (see the guide). Cybersource's published examples spell the field
     *     `firstBusinessMonth`, which Cybersource ignores.
     * @example 04
     */
    FirstBillingMonth: string;
    /**
     * @description The merchant's name in Japanese characters (kanji, kana and other full-width characters
     *     are allowed), at most 25 characters, not blank.
     * @example 我社
     */
    BusinessName: string;
    /**
     * @description The merchant's name in katakana, at most 25 characters, not blank: katakana in either width
     *     (ワガシャ, ﾜｶﾞｼｬ), the prolonged sound mark (ー, ｰ), the middle dot (・, ･), spaces, ASCII and
     *     full-width letters and digits, and the punctuation the Ministry of Justice allows in
     *     registered company names (`&` `'` `,` `.` `-` `‐`), plus `(` `)` `/` and `－`, which
     *     bank-style kana abbreviations use (`ﾔﾏﾀﾞ(ｶ`; commonly used, no Cybersource source).
     *     Hiragana and kanji are not katakana: the SDK rejects them with a katakana suggestion.
     *     Cybersource's published example value `わが社の場合` was shown AUTHORIZED, so the mock
     *     accepts it with a note; what reaches the cardholder's statement is then unknown.
     * @example ワガシャ
     */
    BusinessNameKatakana: string;
    /**
     * @description The merchant's name in printable ASCII (letters, digits, spaces and punctuation such as
     *     `7-Eleven` or `AT&T`), at most 25 characters, not blank. Card networks cannot carry
     *     non-ASCII characters: Visa Platform Connect replaces them with meaningless ASCII.
     * @example OurStore
     */
    BusinessNameAlphaNumeric: string;
    /**
     * @description The 13-digit terminal identifier that the Japan Credit Card Association (JCCA) assigns,
     *     provided by Cybersource. Required for card-present transactions (for example when
     *     `jis2TrackData` is sent). Not the same field as `pointOfSaleInformation.terminalId`.
     *     Cybersource gives only the length; anything but 13 digits is a warning.
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
    /** @description The amount, the cardholder's billing and shipping details and the order's lines. */
    AuthorizationOrderInformation: {
      amountDetails: components["schemas"]["AmountDetails"];
      billTo: components["schemas"]["BillTo"];
      shipTo?: components["schemas"]["ShipTo"];
      /** @description The order's lines. */
      lineItems?: components["schemas"]["LineItem"][];
      /** @description Invoice details. */
      invoiceDetails?: {
        /**
         * @description The merchant's sales slip number, printed on the receipt, at most 99999. Optional: when
         *     it is left out, Cybersource assigns one and returns it.
         */
        salesSlipNumber?: number;
        /**
         * @description The customer's purchase order number. Cybersource recommends not sending all zeros or
         *     all nines. Cybersource's 2020 spec allowed 25 characters: more is a warning.
         */
        purchaseOrderNumber?: string;
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
     *     `address2` together to 40 characters. Accounts with Cybersource's relaxed requirements may
     *     leave the required fields out (`relaxedRequirements`).
     */
    BillTo: {
      /**
       * @description The cardholder's given name, at most 60 characters.
       * @example Taro
       */
      firstName: string;
      /** @description The cardholder's middle name, at most 60 characters. */
      middleName?: string;
      /**
       * @description The cardholder's family name, at most 60 characters.
       * @example Yamada
       */
      lastName: string;
      company?: components["schemas"]["BillToCompany"];
      /**
       * @description The first line of the billing address. Cybersource's current spec allows 255 characters;
       *     its description says 60 for all other processors, so more than 60 is a warning.
       * @example 1-1-1 Marunouchi
       */
      address1: string;
      /** @description The second line of the billing address, at most 60 characters. */
      address2?: string;
      /** @description The building number; used by Cielo and Redecard only (ignored elsewhere). */
      buildingNumber?: string;
      /** @description The neighborhood within the city; used by Cielo only. */
      district?: string;
      /**
       * @description The city, ward or town, at most 50 characters.
       * @example Chiyoda-ku
       */
      locality: string;
      /**
       * @description The state, province or prefecture. For the United States and Canada it is the two-letter
       *     code; elsewhere a name such as `Tokyo`. Cybersource's current spec allows 50 characters,
       *     older material 20, so more than 20 is a warning.
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
       * @description ISO 3166-1 alpha-2 country code, e.g. `JP`. Cybersource's current spec allows 3
       *     characters; its field reference says two-character ISO codes, so anything else is a
       *     warning.
       * @example JP
       */
      country: string;
      /**
       * Format: email
       * @description The cardholder's email address, at most 255 characters: a dot-atom local part (no
       *     leading, trailing or doubled dot) and a domain of dot-separated labels, the addr-spec of
       *     RFC 5322 without quoted strings or domain literals. This pattern is the one definition of
       *     an email address: the SDK's validator and the mock both check it.
       * @example taro@example.jp
       */
      email: string;
      /** @description The cardholder's phone number; include the country code outside the U.S. */
      phoneNumber?: string;
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
      consumerAuthenticationInformation?: components["schemas"]["AuthenticationResult"];
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
    /**
     * @description Why a capture, reversal, refund or void was rejected. The reasons are the union of
     *     Cybersource's capture, reversal, refund and void 400 models.
     */
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
        | "NOT_SUPPORTED"
        | "CAPTURE_ALREADY_VOIDED"
        | "NOT_VOIDABLE"
        | "INVALID_CARD"
        | "ACCOUNT_NOT_ALLOWED_CREDIT";
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
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
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
     *     the flat bonus fields that the authorization replaced with the `bonuses` array: a count and
     *     room for two bonuses. It has no business names, terminal id or track data.
     */
    JapanCaptureOptions: {
      paymentMethod?: components["schemas"]["PaymentMethodCode"];
      installments?: components["schemas"]["InstallmentCount"];
      firstBillingMonth?: components["schemas"]["FirstBillingMonth"];
      /** @description The number of bonus payments, 1 to 6. */
      bonuses?: string;
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
       * @description `PENDING`: the capture is accepted and settles with the next batch. `TRANSMITTED`: sent
       *     to the processor at once (merchants enabled for online capture).
       * @enum {string}
       */
      status: "PENDING" | "TRANSMITTED";
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
    /** @description The amount to release and, optionally, a reason code. */
    ReversalInformation: {
      /**
       * @description The amount to reverse: the full amount of the authorization. The currency is optional:
       *     Cybersource's own samples send none.
       */
      amountDetails: {
        totalAmount: components["schemas"]["YenAmount"];
        currency?: components["schemas"]["Currency"];
      };
      reason?: components["schemas"]["ReversalReason"];
    };
    /** @description A reversal of an authorization identified by its id. */
    AuthorizationReversalRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      reversalInformation: components["schemas"]["ReversalInformation"];
    };
    /** @description A reversal of an authorization identified by the transaction id it was sent with. */
    TimeoutReversalRequest: {
      /** @description The transaction id of the authorization to reverse. */
      clientReferenceInformation: {
        transactionId: components["schemas"]["TransactionId"];
        code?: components["schemas"]["ReferenceCode"];
        /** @description A brief comment. */
        comments?: string;
        partner?: components["schemas"]["Partner"];
      };
      reversalInformation: components["schemas"]["ReversalInformation"];
      /**
       * @description The currency, where one Cybersource required-field list puts it. It is not in
       *     Cybersource's reversal model, and the SDK does not send it.
       */
      orderInformation?: {
        /** @description The currency of the authorization. */
        amountDetails?: {
          currency?: components["schemas"]["Currency"];
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
     * @description The timeout void: voids a capture whose answer was lost, found by the
     *     `clientReferenceInformation.transactionId` the capture was sent with.
     */
    TimeoutVoidRequest: {
      /** @description The transaction id of the capture to void. */
      clientReferenceInformation: {
        transactionId: components["schemas"]["TransactionId"];
        code?: components["schemas"]["ReferenceCode"];
        partner?: components["schemas"]["Partner"];
        /** @description A comment kept with the void, e.g. `VOID Timeout` as in Cybersource's example. */
        comments?: string;
      };
    };
    /** @description The result of a void. */
    VoidResponse: {
      /** @description Operations available on the void. */
      _links?: {
        self?: components["schemas"]["Link"];
      };
      /** @description The void's id. */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description `VOIDED`: the capture is cancelled and will not settle.
       * @enum {string}
       */
      status: "VOIDED";
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description The amount voided. */
      voidAmountDetails?: {
        /** @description The amount voided. */
        voidAmount?: string;
        /** @description The amount of the capture voided. */
        originalTransactionAmount?: string;
        /** @description The currency. */
        currency?: string;
      };
    };
    /**
     * @description A refund (follow-on credit) of a capture or of a sale, in full or in part. Cybersource takes
     *     no JPO data on a refund: the refund is linked to the capture, whose installment plan the
     *     acquirer and issuer adjust.
     */
    RefundRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      /** @description The amount to refund. */
      orderInformation: {
        amountDetails: components["schemas"]["AmountDetails"];
      };
      /** @description Why the refund is made. */
      processingInformation?: {
        /** @description Refund options. */
        refundOptions?: {
          /** @description The reason for the refund (free text). */
          reason?: string;
        };
      };
    };
    /** @description The result of a refund. */
    RefundResponse: {
      /** @description Operations available on the refund. */
      _links?: {
        self?: components["schemas"]["Link"];
        void?: components["schemas"]["Link"];
      };
      /** @description The refund's id (void it with `POST /pts/v2/refunds/{id}/voids`). */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      /**
       * @description `PENDING`: accepted; the credit settles with the next batch. `DECLINED`: refused by the
       *     processor (see `errorInformation`).
       * @enum {string}
       */
      status: "PENDING" | "DECLINED" | "INVALID_REQUEST";
      /** @description The reference that appears in settlement reports. */
      reconciliationId?: string;
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description The amount refunded. */
      refundAmountDetails?: {
        /** @description The amount refunded. */
        refundAmount?: string;
        /** @description The currency. */
        currency?: string;
      };
      /** @description What the processor answered. */
      processorInformation?: {
        /** @description The processor's approval code. */
        approvalCode?: string;
        /** @description The processor's response code. */
        responseCode?: string;
      };
      /** @description Why a refund was declined. */
      errorInformation?: {
        /** @description The decline reason. */
        reason?: string;
        /** @description A human-readable explanation. */
        message?: string;
      };
    };
    /**
     * @description A void of a capture, refund or credit that has not been sent to the processor yet. The void
     *     is always whole, so it names no amount.
     */
    VoidRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
    };
    /**
     * @description A transaction as Cybersource's Transaction Details API reports it. Not real-time: right
     *     after a payment the API may answer 404 for a while ("retry the API call 5 minutes later, for
     *     a maximum of five tries"). Some JPO names differ from the request: `numberOfInstallments`
     *     (request `installments`), `preApprovalType` (`preapprovalType`), `businessNameEnglish`
     *     (`businessNameAlphaNumeric`). Open: Cybersource may add fields.
     */
    TransactionDetails: {
      /** @description The transaction's id. */
      id?: string;
      /** @description The id of the first transaction of the series (the authorization). */
      rootId?: string;
      /** @description The reference that appears in settlement reports. */
      reconciliationId?: string;
      /** @description The merchant. */
      merchantId?: string;
      /** @description When it was submitted (note the capital `UTC`, unlike other responses). */
      submitTimeUTC?: string;
      /** @description The transaction's status (values for cards are not documented). */
      status?: string;
      /** @description The services run and their outcome (the application history). */
      applicationInformation?: {
        /** @description The overall status. */
        status?: string;
        /** @description The reason code, `100` for success. */
        reasonCode?: string;
        /** @description `1` success, `0` declined, `-1` error. */
        rCode?: string;
        /** @description The one-word outcome, e.g. `SOK`. */
        rFlag?: string;
        /** @description One entry per service run, e.g. `ics_auth`, `ics_bill`. */
        applications?: {
          /** @description The service, e.g. `ics_bill`. */
          name?: string;
          /** @description Its status. */
          status?: string;
          /** @description Its reason code. */
          reasonCode?: string;
          /** @description `1` success, `0` declined, `-1` error. */
          rCode?: string;
          /** @description The one-word outcome. */
          rFlag?: string;
          /** @description The message. */
          rMessage?: string;
          /** @description Its reconciliation id. */
          reconciliationId?: string;
        }[];
      };
      /** @description The merchant's references. */
      clientReferenceInformation?: {
        /** @description The merchant reference code. */
        code?: string;
      };
      /** @description Amounts and the sales slip. */
      orderInformation?: {
        /** @description The amounts. */
        amountDetails?: {
          /** @description The amount. */
          totalAmount?: string;
          /** @description The currency. */
          currency?: string;
          /** @description The amount authorized. */
          authorizedAmount?: string;
          /** @description The remaining amount which can be refunded. */
          refundBalance?: string;
        };
        /** @description The sales slip. */
        invoiceDetails?: {
          /** @description The sales slip number (a number in the model, a string in its example). */
          salesSlipNumber?: string | number;
        };
      };
      /** @description How it was processed, with the JPO data. */
      processingInformation?: {
        /** @description The commerce indicator. */
        commerceIndicator?: string;
        /** @description The JPO data, under Cybersource's reporting names. */
        japanPaymentOptions?: {
          /** @description The payment method (the code set returned is not documented). */
          paymentMethod?: string;
          /** @description The number of installments (request field `installments`). */
          numberOfInstallments?: string;
          /** @description The first billing month. */
          firstBillingMonth?: string;
          /** @description The pre-approval type (request field `preapprovalType`). */
          preApprovalType?: string;
          /** @description The business name. */
          businessName?: string;
          /** @description The business name in katakana. */
          businessNameKatakana?: string;
          /** @description The business name in English (request field `businessNameAlphaNumeric`). */
          businessNameEnglish?: string;
        };
      };
      /** @description The card, masked. */
      paymentInformation?: {
        card?: components["schemas"]["MaskedCard"];
      };
      /** @description What the processor answered. */
      processorInformation?: {
        /** @description The approval code. */
        approvalCode?: string;
        /** @description The response code. */
        responseCode?: string;
      };
      /** @description This transaction and the related ones. */
      _links?: {
        self?: components["schemas"]["Link"];
        /** @description The other transactions of the series. */
        relatedTransactions?: components["schemas"]["Link"][];
      };
    };
    /** @description A card as reports show it, never the full number. */
    MaskedCard: {
      /** @description The first digits (the BIN). */
      prefix?: string;
      /** @description The last four digits. */
      suffix?: string;
      /** @description Cybersource's card type code, e.g. `001`. */
      type?: string;
      /** @description The expiry month. */
      expirationMonth?: string;
      /** @description The expiry year. */
      expirationYear?: string;
    };
    /** @description A search of transactions, in Cybersource's query syntax (e.g. `clientReferenceInformation.code:ORDER-1`). */
    TransactionSearchRequest: {
      /** @description `field:value` terms joined by `AND` / `OR`; ranges as `[from TO to}`. */
      query: string;
      /** @description A comma separated list such as `submitTimeUtc:desc`. */
      sort: string;
      /** @description Results per page; Cybersource's default is 20, its maximum 2500. */
      limit?: number;
      /** @description The first result to return, from 0. */
      offset?: number;
      /** @description Save the search to fetch it again by `searchId`. */
      save?: boolean;
      /** @description The saved search's name. */
      name?: string;
      /** @description A TZ database name for dates in the query, e.g. `Asia/Tokyo`. */
      timezone?: string;
    };
    /** @description One page of search results; `totalCount` counts them all. */
    TransactionSearchResponse: {
      /** @description The search's id. */
      searchId?: string;
      /** @description The query. */
      query?: string;
      /** @description The sort. */
      sort?: string;
      /** @description The offset of this page. */
      offset?: number;
      /** @description The page size. */
      limit?: number;
      /** @description The results on this page. */
      count?: number;
      /** @description All results. */
      totalCount?: number;
      /** @description When the search ran. */
      submitTimeUtc?: string;
      /** @description The results. */
      _embedded?: {
        /** @description One summary per transaction (no JPO data: look the transaction up for it). */
        transactionSummaries?: components["schemas"]["TransactionSummary"][];
      };
    };
    /** @description A transaction in search results. */
    TransactionSummary: {
      /** @description The transaction's id. */
      id?: string;
      /** @description When it was submitted. */
      submitTimeUtc?: string;
      /** @description Its status ("may not be returned for all transactions"). */
      status?: string;
      /** @description The merchant. */
      merchantId?: string;
      /** @description The services run. */
      applicationInformation?: {
        /** @description One entry per service. */
        applications?: {
          /** @description The service. */
          name?: string;
          /** @description `1` success. */
          rCode?: string;
        }[];
      };
      /** @description The merchant's references. */
      clientReferenceInformation?: {
        /** @description The merchant reference code. */
        code?: string;
      };
      /** @description The amount. */
      orderInformation?: {
        /** @description The amount. */
        amountDetails?: {
          /** @description The amount. */
          totalAmount?: string;
          /** @description The currency. */
          currency?: string;
        };
      };
      /** @description The card, masked. */
      paymentInformation?: {
        card?: components["schemas"]["MaskedCard"];
      };
      /** @description Where the details are. */
      _links?: {
        transactionDetail?: components["schemas"]["Link"];
      };
    };
    /**
     * @description The merchant's id for this request, at most 30 characters. A timeout reversal
     *     (`POST /pts/v2/reversals`) finds a lost authorization by it, and Cybersource asks that it be
     *     unique for 180 days. Cybersource gives no character set (its own Node sample sends a number),
     *     so any characters are accepted here; the SDK's generated ids are `jpo-` and 26 hex digits.
     * @example TX-20261125-0001
     */
    TransactionId: string;
    /**
     * @description The merchant's order or reference number. Depending on the account, Cybersource may require
     *     it to be unique within 15 minutes. Cybersource's current spec allows 59 characters; its field
     *     reference says 50, so more than 50 is a warning.
     * @example ORDER-20261125-0001
     */
    ReferenceCode: string;
    /**
     * @description Identifies a partner solution. Cybersource: "Send this value in all requests that are sent
     *     through the partner solution." Cybersource's official SDKs add `developerId` to every body.
     */
    Partner: {
      /** @description The developer's id, from Cybersource, at most 8 characters. */
      developerId?: string;
      /** @description The partner solution's id, from Cybersource, at most 8 characters. */
      solutionId?: string;
      /** @description The third party's certification number; Visa Platform Connect only. */
      thirdPartyCertificationNumber?: string;
    };
    /**
     * @description The cardholder's company. In Cybersource's current spec this is an object whose `name` holds
     *     the name (its 2020 spec had a string here).
     */
    BillToCompany: {
      /** @description The company's name, at most 60 characters. */
      name?: string;
      /** @description The company's address, first line. */
      address1?: string;
      /** @description The company's address, second line. */
      address2?: string;
      /** @description The company's city. */
      locality?: string;
      /** @description The company's state or prefecture. */
      administrativeArea?: string;
      /** @description The company's postal code. */
      postalCode?: string;
      /** @description The company's country, ISO 3166-1 alpha-2. */
      country?: string;
    };
    /**
     * @description Where the order is shipped. Cybersource calls `address1` and `country` required when any
     *     shipping address is sent; leaving them out is a warning.
     */
    ShipTo: {
      /** @description The recipient's given name. */
      firstName?: string;
      /** @description The recipient's middle name. */
      middleName?: string;
      /** @description The recipient's family name. */
      lastName?: string;
      /** @description The recipient's company (a string here, unlike `billTo.company`). */
      company?: string;
      /** @description The first line of the shipping address. */
      address1?: string;
      /** @description The second line of the shipping address. */
      address2?: string;
      /** @description The building number. */
      buildingNumber?: string;
      /** @description The neighborhood within the city. */
      district?: string;
      /** @description The city, ward or town. */
      locality?: string;
      /** @description The state, province or prefecture. */
      administrativeArea?: string;
      /** @description The postal code. Cybersource's 2020 spec allowed 10 characters. */
      postalCode?: string;
      /** @description ISO 3166-1 alpha-2 country code. */
      country?: string;
      /** @description The recipient's phone number. */
      phoneNumber?: string;
      /** @description The recipient's email address. */
      email?: string;
    };
    /**
     * @description One line of the order. Cybersource: when `productCode` is neither `default` nor a shipping or
     *     handling code, `quantity`, `productName` and `productSku` are required.
     */
    LineItem: {
      /** @description The kind of product; default `default`. */
      productCode?: string;
      /** @description The product's name. */
      productName?: string;
      /** @description The product's SKU. */
      productSku?: string;
      /**
       * @description How many, 1 to 999999999. An integer in Cybersource's schema; its examples send a string
       *     (`"10"`), so both are accepted.
       */
      quantity?: number | string;
      /** @description The price of one unit; not negative, a decimal point allowed. */
      unitPrice?: string;
      /** @description The tax on the line; not negative. */
      taxAmount?: string;
    };
    /**
     * @description Up to 100 merchant-defined fields. Cybersource forbids personal data here: "merchants are
     *     prohibited from capturing, obtaining, and/or transmitting any personally identifying
     *     information in or via the merchant-defined data fields" (names, addresses, card numbers,
     *     passport or driver's license numbers, and so on); if it finds any, Cybersource may suspend
     *     the account. The SDK rejects a value that contains a card number.
     */
    MerchantDefinedInformation: components["schemas"]["MerchantDefinedField"][];
    /** @description One merchant-defined field. */
    MerchantDefinedField: {
      /** @description The field's number, `0` to `100`. */
      key: string;
      /** @description The value. Cybersource's 2020 spec allowed 255 characters. */
      value: string;
    };
    /** @description The merchant's details for this payment. */
    MerchantInformation: {
      merchantDescriptor?: components["schemas"]["MerchantDescriptor"];
    };
    /** @description What the cardholder's statement shows for the merchant, where the processor supports it. */
    MerchantDescriptor: {
      /** @description The merchant's name (Cybersource gives no general maximum; it is processor-specific). */
      name?: string;
      /** @description An alternate name, at most 13 characters. */
      alternateName?: string;
      /** @description A contact (phone number or URL). Cybersource's 2020 spec allowed 14 characters. */
      contact?: string;
      /** @description The merchant's street address. */
      address1?: string;
      /** @description The merchant's city. Cybersource's 2020 spec allowed 13 characters. */
      locality?: string;
      /** @description The merchant's country, ISO code. */
      country?: string;
      /** @description The merchant's postal code. */
      postalCode?: string;
    };
    /**
     * @description Who is buying. Cybersource's authorization has no `buyerInformation.email`: the email goes in
     *     `orderInformation.billTo.email`.
     */
    BuyerInformation: {
      /**
       * @description The merchant's id for the customer. Cybersource allows 100 characters, but 30 when a
       *     customer profile is created: more than 30 is a warning.
       */
      merchantCustomerId?: string;
      /** @description The customer's date of birth, `YYYYMMDD`. */
      dateOfBirth?: string;
      /**
       * @description The customer's mobile phone number, an integer in Cybersource's schema. Cybersource: "Required
       *     for Visa Secure transactions in Brazil. Do not use this request field for any other types
       *     of transactions": sending it is a warning. Use `orderInformation.billTo.phoneNumber`.
       */
      mobilePhone?: number | string;
    };
    /** @description The customer's device, for fraud screening. */
    DeviceInformation: {
      /** @description The device fingerprint session id, unique per page load. */
      fingerprintSessionId?: string;
      /** @description The customer's IP address (IPv4 or IPv6). Cybersource's current spec says 45. */
      ipAddress?: string;
      /** @description The DNS name resolved from `ipAddress`. */
      hostName?: string;
      /**
       * @description The customer's browser, at most 40 characters. A full User-Agent belongs in
       *     `userAgentBrowserValue` (255).
       */
      userAgent?: string;
      /** @description The browser's `User-Agent` header, for 3-D Secure. If the browser sends one, include it. */
      userAgentBrowserValue?: string;
      /** @description The browser's `Accept` header, for 3-D Secure. If the browser sends one, include it. */
      httpAcceptBrowserValue?: string;
      /** @description The exact content of the browser's `Accept` header. */
      httpAcceptContent?: string;
      /** @description The browser language (IETF BCP 47, `navigator.language`), e.g. `ja-JP`. */
      httpBrowserLanguage?: string;
      /** @description `navigator.javaEnabled()` (always `false` in current browsers). */
      httpBrowserJavaEnabled?: boolean;
      /** @description `true` when the browser fields were collected by JavaScript. */
      httpBrowserJavaScriptEnabled?: boolean;
      /** @description The screen's colour depth in bits (`String(screen.colorDepth)`), e.g. `24`. */
      httpBrowserColorDepth?: string;
      /** @description The screen height in pixels (`String(screen.height)`). */
      httpBrowserScreenHeight?: string;
      /** @description The screen width in pixels (`String(screen.width)`). */
      httpBrowserScreenWidth?: string;
      /** @description Minutes between UTC and the browser's local time (`String(new Date().getTimezoneOffset())`, `-540` in Japan; the sign convention is inferred from Cybersource's example `300`). */
      httpBrowserTimeDifference?: string;
    };
    /**
     * @description The terminal of a card-present payment. Not the JCCA terminal id, which goes in
     *     `processingInformation.japanPaymentOptions.terminalId`.
     */
    PointOfSaleInformation: {
      /** @description The merchant's own terminal id, at most 8 characters. */
      terminalId?: string;
      /**
       * @description How the card was read; Cybersource lists contact, contactless, keyed, msd, swiped.
       * @enum {string}
       */
      entryMode?: "contact" | "contactless" | "keyed" | "msd" | "swiped";
      /**
       * @description What the terminal can read, `1` to `5` (EMV terminals `4` or `5`). An integer in
       *     Cybersource's schema; its examples send a string (`"4"`), so both are accepted.
       */
      terminalCapability?: number | string;
    };
    /**
     * @description A reason code. Cybersource defines one value, `34` (suspected fraud), and ignores it on
     *     processors that do not support it. Free text is not a documented value: Cybersource's own
     *     samples send "testing", but a third party saw "abcd" rejected with `INVALID_DATA`, so any
     *     other value is a warning. The SDK sends a reason only when one is given.
     * @enum {string}
     */
    ReversalReason: "34";
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
     *     number or a transient token) in TMS and returns the new tokens in `tokenInformation`.
     *     `CONSUMER_AUTHENTICATION` checks enrollment and runs 3-D Secure with the authorization
     *     ("check if a card is enrolled in Payer Authentication along with your payment request");
     *     `VALIDATE_CONSUMER_AUTHENTICATION` validates a completed challenge ("after you acquire a
     *     Payer Authentication result"). The other actions Cybersource offers are outside this
     *     document's scope.
     * @enum {string}
     */
    AuthorizationAction:
      "TOKEN_CREATE" | "CONSUMER_AUTHENTICATION" | "VALIDATE_CONSUMER_AUTHENTICATION";
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
    /**
     * @description EMV 3-D Secure (Visa Secure) data. Either the result of an authentication run elsewhere,
     *     passed through to the authorization (`cavv`, `eciRaw`, `xid`, ...; set
     *     `processingInformation.commerceIndicator` to match), or the inputs of Cybersource's combined
     *     flow (`referenceId` and `returnUrl` with `actionList: ["CONSUMER_AUTHENTICATION"]`,
     *     `authenticationTransactionId` with `["VALIDATE_CONSUMER_AUTHENTICATION"]`). On Visa Platform
     *     Connect, `directoryServerTransactionId`, `paSpecificationVersion` and the `ucaf*` fields are
     *     documented for Mastercard; they are passed through unchecked.
     */
    ConsumerAuthenticationInformation: {
      /**
       * @description The cardholder authentication verification value (CAVV), base64, as the authentication
       *     returned it. Required on Visa when authentication succeeded (`commerceIndicator: vbv`).
       */
      cavv?: string;
      /** @description The transaction identifier of the authentication. Optional on Visa with EMV 3-D Secure 2. */
      xid?: string;
      /**
       * @description The raw electronic commerce indicator (ECI) the authentication returned. Visa: `05`
       *     authenticated, `06` attempted, `07` not authenticated.
       */
      eciRaw?: string;
      /** @description The Mastercard UCAF authentication data; passed through unchecked. */
      ucafAuthenticationData?: string;
      /** @description The Mastercard UCAF collection indicator; passed through unchecked. */
      ucafCollectionIndicator?: string;
      /** @description The directory server's transaction id (documented for Mastercard on VPC). */
      directoryServerTransactionId?: string;
      /**
       * @description The EMV 3-D Secure version used, `major.minor.patch` (e.g. `2.2.0`). `2.1.0` cannot be
       *     used after 25 September 2024 (a warning).
       */
      paSpecificationVersion?: string;
      /**
       * @description Links the enrollment check and the validation: the `authenticationTransactionId` of a
       *     `PENDING_AUTHENTICATION` answer, sent back with `VALIDATE_CONSUMER_AUTHENTICATION`.
       */
      authenticationTransactionId?: string;
      /** @description The `referenceId` of the payer authentication setup whose device data the browser collected. */
      referenceId?: string;
      /**
       * @description Where the challenge iframe posts `TransactionId` (and `MD`) when the cardholder is done.
       *     Cybersource adds it to the step-up JWT.
       */
      returnUrl?: string;
      /** @description The challenge window size: `01` 250x400, `02` 390x400, `03` 500x600, `04` 600x400, `05` full page. */
      acsWindowSize?: string;
    };
    /**
     * @description The type of transaction. The valid values depend on the processor; these are Visa Platform
     *     Connect's for Visa. With 3-D Secure on Visa: `vbv` authenticated (ECI 05), `vbv_attempted`
     *     attempted (ECI 06), `vbv_failure` or `internet` failed or not attempted (ECI 07). A
     *     card-present payment (with `jis2TrackData`) sends `retail`; a payment keyed with neither card
     *     nor cardholder present, `moto`. Another value is a warning, since the list depends on the
     *     processor.
     * @enum {string}
     */
    CommerceIndicator:
      | "internet"
      | "vbv"
      | "vbv_attempted"
      | "vbv_failure"
      | "moto"
      | "retail"
      | "recurring"
      | "recurring_internet"
      | "install"
      | "install_internet";
    /**
     * @description The payer authentication data in an authorization answer: the result (`eci`, `cavv`,
     *     `paresStatus`, ...) after a frictionless or validated authentication, or, with
     *     `PENDING_AUTHENTICATION`, what the challenge iframe needs (`stepUpUrl`, `accessToken`,
     *     `authenticationTransactionId`). Clients should tolerate fields not listed here.
     */
    AuthenticationResult: {
      /** @description The electronic commerce indicator, e.g. `05`. */
      eci?: string;
      /** @description The raw ECI the issuer returned. */
      eciRaw?: string;
      /** @description The CAVV, when the authentication produced one. */
      cavv?: string;
      /** @description The transaction identifier. */
      xid?: string;
      /** @description The authentication outcome: `Y` authenticated, `A` attempted, `N` failed, `U` unavailable, `R` rejected, `C` challenge required. */
      paresStatus?: string;
      /** @description Whether the card is enrolled (`Y`, `N`, `U`, `B`). */
      veresEnrolled?: string;
      /** @description The EMV 3-D Secure version used, e.g. `2.2.0`. */
      specificationVersion?: string;
      /** @description The directory server's transaction id. */
      directoryServerTransactionId?: string;
      /** @description The commerce indicator the authentication implies, e.g. `vbv`. */
      ecommerceIndicator?: string;
      /** @description The commerce indicator, under the name the validation answer uses. */
      indicator?: string;
      /** @description Links the enrollment check to its validation; send it back to complete a challenge. */
      authenticationTransactionId?: string;
      /** @description The JWT to post (as `JWT`) to `stepUpUrl` in the challenge iframe. A bearer credential. */
      accessToken?: string;
      /** @description Where the challenge iframe posts the access token. */
      stepUpUrl?: string;
      /** @description The issuer's access control server URL. */
      acsUrl?: string;
      /** @description The payer authentication request, base64; its `challengeWindowSize` sizes the iframe. */
      pareq?: string;
      /** @description The Mastercard AAV (base64), when the authentication produced one. */
      ucafAuthenticationData?: string;
      /** @description The Mastercard UCAF collection indicator. */
      ucafCollectionIndicator?: string;
      /** @description The validation's result code: `0` authenticated, `1` attempted, `6`, `-1` and `9` not authenticated. */
      authenticationResult?: string;
    };
    /**
     * @description Starts payer authentication: Cybersource answers with the `referenceId`, device data
     *     collection URL and access token the browser's hidden device data collection iframe needs.
     *     Send the card (`paymentInformation.card`) or a transient token's id
     *     (`tokenInformation.transientToken`). It "has to be called before enrollment check".
     */
    PayerAuthSetupRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      paymentInformation?: components["schemas"]["PaymentInformation"];
      tokenInformation?: components["schemas"]["SetupTokenInformation"];
    };
    /** @description A Flex Microform transient token standing for the card, by its id (the JWT's `jti`). */
    SetupTokenInformation: {
      /** @description The transient token's id (its `jti`), at most 64 characters. Never log it. */
      transientToken?: string;
    };
    /** @description What the browser's device data collection needs. */
    PayerAuthSetupResponse: {
      /** @description Cybersource's id of the setup. */
      id?: string;
      /** @description `COMPLETED` when the setup worked. */
      status: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      /** @description The device data collection inputs. */
      consumerAuthenticationInformation?: {
        /** @description Identifies the collected device data; send it as `consumerAuthenticationInformation.referenceId` with `CONSUMER_AUTHENTICATION`. */
        referenceId?: string;
        /** @description Where the hidden iframe posts the access token (form field `JWT`). */
        deviceDataCollectionUrl?: string;
        /** @description The JWT the iframe posts. A bearer credential. */
        accessToken?: string;
        /** @description A token standing for the card, for the enrollment check. */
        token?: string;
      };
    };
    /**
     * @description Checks whether the card is enrolled in EMV 3-D Secure and authenticates the cardholder
     *     (`POST /risk/v1/authentications`, "Check Payer Auth Enrollment"), for merchants who
     *     authenticate before they authorize. Send the amount, the card (`paymentInformation.card`,
     *     TMS tokens, or a transient token's id as `tokenInformation.transientToken`), and, for a
     *     browser, the `referenceId` of the setup whose device data was collected, the `returnUrl` of
     *     the challenge and the browser fields. Cybersource's payer authentication guide lists the
     *     amount, the currency, the card and the billing address as required for the enrollment
     *     check; its SDK's model marks every field optional, so a missing billing address or order
     *     code is a warning.
     */
    CheckPayerAuthEnrollmentRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      orderInformation: components["schemas"]["PayerAuthOrderInformation"];
      paymentInformation?: components["schemas"]["PaymentInformation"];
      tokenInformation?: components["schemas"]["SetupTokenInformation"];
      deviceInformation?: components["schemas"]["PayerAuthDeviceInformation"];
      consumerAuthenticationInformation?: components["schemas"]["EnrollmentConsumerAuthenticationInformation"];
    };
    /** @description The amount to authenticate (as it will be authorized) and the cardholder's billing address. */
    PayerAuthOrderInformation: {
      amountDetails: components["schemas"]["AmountDetails"];
      billTo?: components["schemas"]["BillTo"];
    };
    /**
     * @description The buyer's browser, for the issuer's risk-based authentication (the Credit Card Security
     *     Guidelines v5.0 ask merchants to send more device data). Same fields and limits as on the
     *     authorization; Cybersource's enrollment model has no `fingerprintSessionId`, `hostName` or
     *     `userAgent`.
     */
    PayerAuthDeviceInformation: {
      ipAddress?: components["schemas"]["ipAddress"];
      httpAcceptBrowserValue?: components["schemas"]["httpAcceptBrowserValue"];
      httpAcceptContent?: components["schemas"]["httpAcceptContent"];
      httpBrowserLanguage?: components["schemas"]["httpBrowserLanguage"];
      httpBrowserJavaEnabled?: components["schemas"]["httpBrowserJavaEnabled"];
      httpBrowserJavaScriptEnabled?: components["schemas"]["httpBrowserJavaScriptEnabled"];
      httpBrowserColorDepth?: components["schemas"]["httpBrowserColorDepth"];
      httpBrowserScreenHeight?: components["schemas"]["httpBrowserScreenHeight"];
      httpBrowserScreenWidth?: components["schemas"]["httpBrowserScreenWidth"];
      httpBrowserTimeDifference?: components["schemas"]["httpBrowserTimeDifference"];
      userAgentBrowserValue?: components["schemas"]["userAgentBrowserValue"];
    };
    /**
     * @description How to authenticate: the device data collection's `referenceId`, where the challenge returns
     *     (`returnUrl`), the channel and the challenge preferences.
     */
    EnrollmentConsumerAuthenticationInformation: {
      referenceId?: components["schemas"]["referenceId"];
      returnUrl?: components["schemas"]["returnUrl"];
      acsWindowSize?: components["schemas"]["acsWindowSize"];
      /** @description The channel of the authentication: `Browser`, `SDK` (an app) or `3RI` (requested by the merchant, no cardholder). */
      deviceChannel?: string;
      /**
       * @description Where the order was taken: `S` eCommerce, `P` mobile device, `T` tablet, `M` mail or
       *     telephone order, `R` retail. Cybersource's own sample sends `MOTO`, so another value is
       *     a warning.
       * @enum {string}
       */
      transactionMode?: "S" | "P" | "T" | "M" | "R";
      /** @description `01` payment authentication (the default), `02` non-payment authentication. */
      messageCategory?: string;
      /**
       * @description The merchant's challenge preference: `01` no preference (the default), `02` no
       *     challenge requested, `03` challenge requested, `04` challenge requested (mandate), and
       *     `05`-`09` as Cybersource lists them.
       */
      challengeCode?: string;
    };
    /**
     * @description Validates a completed challenge (`POST /risk/v1/authentication-results`, "Validate
     *     Authentication Results"): the `authenticationTransactionId` of the enrollment check that
     *     answered `PENDING_AUTHENTICATION` (also the `TransactionId` posted to the return URL), with
     *     the same amount and card. Not needed after a frictionless authentication.
     */
    ValidateAuthenticationResultsRequest: {
      clientReferenceInformation?: components["schemas"]["ClientReferenceInformation"];
      orderInformation: components["schemas"]["PayerAuthOrderInformation"];
      paymentInformation?: components["schemas"]["PaymentInformation"];
      tokenInformation?: components["schemas"]["ValidateTokenInformation"];
      consumerAuthenticationInformation: components["schemas"]["ValidationConsumerAuthenticationInformation"];
    };
    /** @description A Flex Microform transient token standing for the card, by its id (`jti`), as the validation takes it. */
    ValidateTokenInformation: {
      jti?: components["schemas"]["jti"];
    };
    /** @description Which authentication to validate. */
    ValidationConsumerAuthenticationInformation: {
      authenticationTransactionId: components["schemas"]["authenticationTransactionId"];
    };
    /**
     * @description The outcome of an enrollment check or a validation: `AUTHENTICATION_SUCCESSFUL` (including
     *     attempted and unavailable authentications: read `paresStatus` and `eci`),
     *     `PENDING_AUTHENTICATION` (a challenge is needed: `stepUpUrl`, `accessToken`) or
     *     `AUTHENTICATION_FAILED`. Clients should tolerate other values.
     * @enum {string}
     */
    PayerAuthenticationStatus:
      "AUTHENTICATION_SUCCESSFUL" | "PENDING_AUTHENTICATION" | "AUTHENTICATION_FAILED";
    /** @description The answer of an enrollment check or a validation. */
    PayerAuthenticationResponse: {
      /** @description Cybersource's id of the request. */
      id?: string;
      submitTimeUtc?: components["schemas"]["SubmitTimeUtc"];
      status: components["schemas"]["PayerAuthenticationStatus"];
      /** @description Why, in words. */
      message?: string;
      clientReferenceInformation?: components["schemas"]["ResponseClientReferenceInformation"];
      consumerAuthenticationInformation?: components["schemas"]["AuthenticationResult"];
      /** @description With `PENDING_AUTHENTICATION` or `AUTHENTICATION_FAILED`. */
      errorInformation?: {
        /** @description `CONSUMER_AUTHENTICATION_REQUIRED`, `CONSUMER_AUTHENTICATION_FAILED`, `AUTHENTICATION_FAILED` or `INVALID_MERCHANT_CONFIGURATION`. */
        reason?: string;
        /** @description The reason, in words. */
        message?: string;
      };
    };
    /** @description The customer's IP address (IPv4 or IPv6). Cybersource's current spec says 45. */
    ipAddress: string;
    /** @description The browser's `Accept` header, for 3-D Secure. If the browser sends one, include it. */
    httpAcceptBrowserValue: string;
    /** @description The exact content of the browser's `Accept` header. */
    httpAcceptContent: string;
    /** @description The browser language (IETF BCP 47, `navigator.language`), e.g. `ja-JP`. */
    httpBrowserLanguage: string;
    /** @description `navigator.javaEnabled()` (always `false` in current browsers). */
    httpBrowserJavaEnabled: boolean;
    /** @description `true` when the browser fields were collected by JavaScript. */
    httpBrowserJavaScriptEnabled: boolean;
    /** @description The screen's colour depth in bits (`String(screen.colorDepth)`), e.g. `24`. */
    httpBrowserColorDepth: string;
    /** @description The screen height in pixels (`String(screen.height)`). */
    httpBrowserScreenHeight: string;
    /** @description The screen width in pixels (`String(screen.width)`). */
    httpBrowserScreenWidth: string;
    /** @description Minutes between UTC and the browser's local time (`String(new Date().getTimezoneOffset())`, `-540` in Japan; the sign convention is inferred from Cybersource's example `300`). */
    httpBrowserTimeDifference: string;
    /** @description The browser's `User-Agent` header, for 3-D Secure. If the browser sends one, include it. */
    userAgentBrowserValue: string;
    /** @description The `referenceId` of the payer authentication setup whose device data the browser collected. */
    referenceId: string;
    /**
     * @description Where the challenge iframe posts `TransactionId` (and `MD`) when the cardholder is done.
     *     Cybersource adds it to the step-up JWT.
     */
    returnUrl: string;
    /** @description The challenge window size: `01` 250x400, `02` 390x400, `03` 500x600, `04` 600x400, `05` full page. */
    acsWindowSize: string;
    /**
     * @description The transient token's id (the JWT's `jti` claim) instead of the whole JWT: "64
     *     hexadecimal id value representing captured payment credentials". Never log it.
     */
    jti: string;
    /**
     * @description Links the enrollment check and the validation: the `authenticationTransactionId` of a
     *     `PENDING_AUTHENTICATION` answer, sent back with `VALIDATE_CONSUMER_AUTHENTICATION`.
     */
    authenticationTransactionId: string;
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
    /**
     * @description The `id` of the capture, from its 201 response.
     * @example 7000000000000000000002
     */
    CaptureId: string;
    /**
     * @description The `id` of the sale (an authorization sent with capture), from its 201 response.
     * @example 7000000000000000000001
     */
    SaleId: string;
    /**
     * @description The `id` of the refund, from its 201 response.
     * @example 7000000000000000000003
     */
    RefundId: string;
    /**
     * @description The `id` of the credit, from its 201 response.
     * @example 7000000000000000000004
     */
    CreditId: string;
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
  voidTimedOutCapture: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TimeoutVoidRequest"];
      };
    };
    responses: {
      /** @description The capture with that transaction id was voided. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["VoidResponse"];
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
  refundCapture: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the capture, from its 201 response.
         * @example 7000000000000000000002
         */
        id: components["parameters"]["CaptureId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RefundRequest"];
      };
    };
    responses: {
      /** @description The refund was accepted (`PENDING`) or declined (`DECLINED`). */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["RefundResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  refundPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the sale (an authorization sent with capture), from its 201 response.
         * @example 7000000000000000000001
         */
        id: components["parameters"]["SaleId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RefundRequest"];
      };
    };
    responses: {
      /** @description The refund was accepted (`PENDING`) or declined (`DECLINED`). */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["RefundResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  voidCapture: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the capture, from its 201 response.
         * @example 7000000000000000000002
         */
        id: components["parameters"]["CaptureId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VoidRequest"];
      };
    };
    responses: {
      /** @description The capture was voided. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["VoidResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  voidRefund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the refund, from its 201 response.
         * @example 7000000000000000000003
         */
        id: components["parameters"]["RefundId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VoidRequest"];
      };
    };
    responses: {
      /** @description The refund was voided. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["VoidResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  voidCredit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `id` of the credit, from its 201 response.
         * @example 7000000000000000000004
         */
        id: components["parameters"]["CreditId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VoidRequest"];
      };
    };
    responses: {
      /** @description The credit was voided. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["VoidResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  getTransaction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The id of the transaction (authorization, capture, refund, void).
         * @example 7000000000000000000002
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The transaction. */
      200: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["TransactionDetails"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      /** @description Not found, or not in the reports yet (retry later). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      502: components["responses"]["ServerError"];
    };
  };
  searchTransactions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransactionSearchRequest"];
      };
    };
    responses: {
      /** @description One page of results. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["TransactionSearchResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  setupPayerAuthentication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PayerAuthSetupRequest"];
      };
    };
    responses: {
      /** @description The device data collection inputs. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["PayerAuthSetupResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  checkPayerAuthEnrollment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPayerAuthEnrollmentRequest"];
      };
    };
    responses: {
      /** @description The authentication result, or the challenge to show. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["PayerAuthenticationResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
  validateAuthenticationResults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ValidateAuthenticationResultsRequest"];
      };
    };
    responses: {
      /** @description The authentication result. */
      201: {
        headers: {
          "v-c-correlation-id": components["headers"]["CorrelationId"];
          [name: string]: unknown;
        };
        content: {
          "application/hal+json": components["schemas"]["PayerAuthenticationResponse"];
        };
      };
      400: components["responses"]["FollowUpInvalidRequest"];
      401: components["responses"]["AuthenticationFailed"];
      502: components["responses"]["ServerError"];
    };
  };
}
