// The browser side of the mock's Microform stand-in, as text served by browser.ts.

/**
 * A small client library shaped like Flex Microform v2's: `new Flex(captureContext).microform()`,
 * `createField("number").load(selector)`, `createToken({ expirationMonth, expirationYear }, cb)`.
 * The card field is an iframe at the mock's origin; the page only ever receives the token.
 */
export const microformLibrary = `(function () {
  var origin = new URL(document.currentScript.src).origin;
  function Flex(captureContext) { this.captureContext = captureContext; }
  Flex.prototype.microform = function () {
    var captureContext = this.captureContext, frame = null, pending = null;
    window.addEventListener("message", function (event) {
      if (event.origin !== origin || pending === null || event.source !== frame.contentWindow) return;
      var callback = pending; pending = null;
      if (event.data && event.data.token) callback(null, event.data.token);
      else callback((event.data && event.data.error) || { message: "tokenization failed" });
    });
    return {
      createField: function () {
        return { load: function (selector) {
          frame = document.createElement("iframe");
          frame.src = origin + "/microform/v2/field.html";
          frame.title = "Card number";
          frame.addEventListener("load", function () {
            frame.contentWindow.postMessage({ type: "init", captureContext: captureContext }, origin);
          });
          document.querySelector(selector).appendChild(frame);
        } };
      },
      createToken: function (options, callback) {
        pending = callback;
        frame.contentWindow.postMessage({ type: "createToken", expirationMonth: options.expirationMonth,
          expirationYear: options.expirationYear }, origin);
      }
    };
  };
  window.Flex = Flex;
})();
`;

/** The card field: number and security code, posted to /flex/v2/tokens at this origin only. */
export const fieldPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Card field (mock Microform)</title>
<style>body{margin:0;padding:2px;display:flex;gap:8px;font:16px system-ui,sans-serif}
input{min-width:0;padding:8px 10px;font:inherit;border:1px solid #c5ccd3;border-radius:6px}
input:focus{outline:2px solid #0b5cad;outline-offset:-1px}#number{flex:1}#securityCode{width:5.5em}</style></head>
<body>
<input id="number" inputmode="numeric" autocomplete="cc-number" aria-label="Card number" placeholder="Card number">
<input id="securityCode" inputmode="numeric" autocomplete="cc-csc" aria-label="Security code" placeholder="CVV" size="4">
<script>
var captureContext = null, allowed = [];
function payloadOf(jwt) {
  var part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  return JSON.parse(atob(part + "===".slice((part.length + 3) % 4)));
}
window.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "init") {
    var origins = payloadOf(data.captureContext).ctx[0].data.targetOrigins;
    if (origins.indexOf(event.origin) < 0) return; // not a page the capture context names
    captureContext = data.captureContext; allowed = origins; return;
  }
  if (data.type !== "createToken" || captureContext === null || allowed.indexOf(event.origin) < 0) return;
  var card = { number: document.getElementById("number").value,
    expirationMonth: data.expirationMonth, expirationYear: data.expirationYear };
  var code = document.getElementById("securityCode").value;
  if (code) card.securityCode = code;
  fetch("/flex/v2/tokens", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ captureContext: captureContext, card: card }) })
    .then(function (response) { return response.text().then(function (text) {
      event.source.postMessage(response.ok ? { token: text } : { error: JSON.parse(text) }, event.origin);
    }); })
    .catch(function (error) { event.source.postMessage({ error: { message: String(error) } }, event.origin); });
});
</script>
</body></html>
`;
