// The checkout page as one HTML document: markup, style and script, nothing loaded from
// elsewhere except the card field library the capture context names. Japanese text falls
// through to the first Japanese font the buyer has (Noto Sans CJK JP on Debian).
import { checkoutScript, type PageConfig } from "./browser.js";
import { order, paymentOptions } from "./order.js";
import { texts } from "./texts.js";

const style = `
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --accent: #0b5cad; --bg: #f4f6f8;
  --ok: #1b7f4b; --bad: #b42318;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans",
    "Yu Gothic", YuGothic, Meiryo, sans-serif;
  color: var(--ink); background: var(--bg); line-height: 1.6;
}
* { box-sizing: border-box; }
body { margin: 0; }
header { background: #fff; border-bottom: 1px solid var(--line); }
.bar { max-width: 960px; margin: 0 auto; padding: 14px 24px; display: flex; align-items: center; gap: 12px; }
.shop { font-weight: 700; font-size: 18px; }
.badge { font-size: 12px; color: #8a4b00; background: #fff4e0; border: 1px solid #f5c77e; border-radius: 999px; padding: 1px 10px; }
.langs { margin-left: auto; display: flex; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.langs button { border: 0; background: #fff; padding: 6px 14px; font: inherit; font-size: 14px; cursor: pointer; color: var(--muted); }
.langs button[aria-pressed="true"] { background: var(--accent); color: #fff; }
main { max-width: 960px; margin: 32px auto; padding: 0 24px; display: grid; grid-template-columns: 1fr 320px; gap: 24px; align-items: start; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 28px; }
h1 { font-size: 24px; margin: 0 0 20px; }
h2 { font-size: 15px; margin: 0 0 12px; color: var(--muted); font-weight: 600; }
fieldset { border: 0; padding: 0; margin: 0 0 24px; }
legend { font-weight: 700; margin-bottom: 10px; padding: 0; }
.field { display: block; margin-bottom: 14px; }
.field > span { display: block; font-size: 14px; color: var(--muted); margin-bottom: 4px; }
.hint { font-size: 12px; color: var(--muted); margin-left: 8px; }
#card-number iframe { display: block; width: 100%; height: 46px; border: 0; }
select { font: inherit; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; background: #fff; min-width: 96px; }
.expiry { display: flex; gap: 8px; align-items: center; }
#options { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.option { display: flex; gap: 8px; align-items: center; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; cursor: pointer; }
.option:has(input:checked) { border-color: var(--accent); background: #eef5fc; }
#count-row { margin-top: 12px; }
.primary { width: 100%; padding: 14px; font: inherit; font-size: 17px; font-weight: 700; color: #fff; background: var(--accent); border: 0; border-radius: 10px; cursor: pointer; }
.primary:disabled { opacity: .5; cursor: default; }
.secure { font-size: 13px; color: var(--muted); margin: 14px 0 0; }
#message { color: var(--bad); font-weight: 600; }
#progress { display: flex; gap: 10px; align-items: center; margin-top: 16px; color: var(--accent); }
.spinner { width: 18px; height: 18px; border: 3px solid #cfe0f2; border-top-color: var(--accent); border-radius: 50%; animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
#challenge iframe { width: 100%; height: 420px; border: 1px solid var(--line); border-radius: 8px; }
#challenge p { color: var(--muted); margin-top: 0; }
#result h1::before { display: inline-block; width: 32px; height: 32px; margin-right: 10px; border-radius: 50%; color: #fff; text-align: center; line-height: 32px; font-size: 18px; vertical-align: 2px; }
#result[data-outcome="approved"] h1::before { content: "✓"; background: var(--ok); }
#result[data-outcome="failed"] h1::before { content: "!"; background: var(--bad); }
#result[data-outcome="failed"] #result-lead { color: var(--bad); font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 24px; margin: 20px 0; padding: 16px 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
dt { color: var(--muted); }
dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.secondary { font: inherit; padding: 10px 16px; border: 1px solid var(--line); border-radius: 8px; background: #fff; cursor: pointer; }
.note { font-size: 12px; color: var(--muted); }
.line { display: flex; justify-content: space-between; gap: 12px; padding: 8px 0; }
.line.total { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 14px; font-weight: 700; font-size: 18px; }
[hidden] { display: none !important; }
@media (max-width: 760px) { main { grid-template-columns: 1fr; } aside { order: -1; } }
`;

const body = `
<header><div class="bar">
  <span class="shop" data-t="shop"></span><span class="badge" data-t="testMode"></span>
  <div class="langs" role="group" aria-label="Language / 言語">
    <button type="button" data-lang="ja">日本語</button><button type="button" data-lang="en">English</button>
  </div>
</div></header>
<main>
  <section class="panel">
    <div id="form-panel">
      <h1 data-t="title"></h1>
      <form id="pay-form">
        <fieldset>
          <legend data-t="card"></legend>
          <div class="field"><span><span data-t="cardNumber"></span><span class="hint" data-t="visaOnly"></span></span>
            <div id="card-number"></div></div>
          <label class="field"><span data-t="expiry"></span>
            <span class="expiry"><select id="month" aria-label="MM">${months()}</select>
            <select id="year" aria-label="YYYY">${years()}</select></span></label>
        </fieldset>
        <fieldset>
          <legend data-t="option"></legend>
          <div id="options"></div>
          <label class="field" id="count-row"><span data-t="count"></span><select id="count"></select></label>
        </fieldset>
        <button id="pay" class="primary" type="submit" disabled></button>
        <p class="secure" data-t="secure"></p>
        <p id="message" role="alert"></p>
        <div id="progress" role="status" hidden><span class="spinner"></span><span id="progress-text"></span></div>
      </form>
    </div>
    <div id="challenge" hidden>
      <h1 data-t="challengeTitle"></h1>
      <p data-t="challengeHint"></p>
      <iframe name="step-up" title="3-D Secure"></iframe>
    </div>
    <div id="result" hidden>
      <h1 id="result-title"></h1>
      <p id="result-lead"></p>
      <dl id="details"></dl>
      <button id="retry" class="secondary" type="button"></button>
      <p class="note" data-t="mockNote"></p>
    </div>
  </section>
  <aside class="panel">
    <h2 data-t="order"></h2>
    <div class="line"><span id="item"></span><span id="price"></span></div>
    <div class="line note"><span data-t="quantity"></span></div>
    <div class="line total"><span data-t="total"></span><span id="total"></span></div>
  </aside>
</main>
<iframe name="collect" title="device data collection" hidden></iframe>
`;

function months(): string {
  return Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"))
    .map((mm) => `<option${mm === "12" ? " selected" : ""}>${mm}</option>`)
    .join("");
}

function years(): string {
  const now = new Date().getFullYear();
  return Array.from({ length: 10 }, (_, i) => now + i)
    .map((yyyy) => `<option${yyyy === now + 3 ? " selected" : ""}>${yyyy}</option>`)
    .join("");
}

/** The page, in Japanese until the buyer switches (`?lang=en` opens it in English). */
export function checkoutPage(): string {
  const config: PageConfig = {
    amount: order.amount,
    item: order.item,
    options: paymentOptions,
    texts,
  };
  // JSON inside a script element: `<` escaped so that no text can close the element.
  const json = JSON.stringify(config).replace(/</gu, "\\u003c");
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>お支払い / Checkout</title>
<style>${style}</style></head>
<body>${body}
<script>(${checkoutScript.toString()})(${json});</script>
</body></html>
`;
}

/** The page the step-up iframe lands on: it hands the result to the checkout page. */
export function returnPage(view: unknown): string {
  const json = JSON.stringify({ type: "checkout-result", view }).replace(/</gu, "\\u003c");
  return `<!doctype html><meta charset="utf-8"><title>3-D Secure</title>
<script>window.parent.postMessage(${json}, window.location.origin);</script>
`;
}
