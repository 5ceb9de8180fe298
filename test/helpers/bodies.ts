// Varied request bodies for differential tests against Cybersource's SDK: empty, ASCII, Japanese
// (kanji, full- and half-width katakana), emoji, combining marks, line and paragraph separators,
// escapes, a lone surrogate, and a large body.

const JPO = (businessName: string, katakana: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    clientReferenceInformation: { code: "ORDER-1", transactionId: "TX-0001" },
    processingInformation: {
      japanPaymentOptions: {
        paymentMethod: "61",
        installments: "12",
        firstBillingMonth: "05",
        businessName,
        businessNameKatakana: katakana,
        businessNameAlphaNumeric: "OurStore",
      },
    },
    orderInformation: { amountDetails: { totalAmount: "10000", currency: "JPY" }, ...extra },
  });

const NAMES: readonly [string, string][] = [
  ["我社", "ワガシャ"],
  ["株式会社テスト", "ｶﾌﾞｼｷｶﾞｲｼｬﾃｽﾄ"],
  ["寿司🍣屋", "ｽｼﾔ"],
  ["\u30ab\u3099 (combining voiced mark)", "ｶﾞ"],
  ["家族👨‍👩‍👧", "ｶｿﾞｸ"],
  ["𠮷野家", "ﾖｼﾉﾔ"],
  ["line\u2028para\u2029end", "ﾗｲﾝ"],
  ['quote " backslash \\ tab \t', "ｸｫｰﾄ"],
  ["Café Müller", "ｶﾌｪ"],
  ["①②③ ㈱ ㍿", "ｷｺﾞｳ"],
];

const RAW: readonly string[] = [
  "",
  "{}",
  "[]",
  '{"a":1}',
  "not json at all",
  '{"clientReferenceInformation":{"code":"TC50171_3"}}',
  ' { "spaced" : true } \n',
  "\u2028",
  "日本語だけ",
  "ﾊﾝｶｸｶﾀｶﾅ",
  "🍣🍺🗾",
  "e\u0301\u0302\u0303",
  "\ud800 lone surrogate",
  '{"nul":"\\u0000","ctrl":"\\u001f"}',
  "x".repeat(10_000),
  JSON.stringify({ big: "あ".repeat(5_000) }),
];

/** Fifty-six bodies. */
export const varietyBodies: readonly string[] = [
  ...RAW,
  ...NAMES.map(([name, katakana]) => JPO(name, katakana)),
  ...NAMES.map(([name, katakana]) =>
    JPO(name, katakana, { billTo: { firstName: "太郎", lastName: "山田", address1: name } }),
  ),
  ...NAMES.map(([name]) => JSON.stringify({ comment: name }, null, 2)),
  ...NAMES.map(([name, katakana]) => JSON.stringify([name, katakana, name.length])),
];
