import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockContext } from "../context.js";
import { readBody } from "../read-body.js";
import { parseJws } from "../tokens/jws.js";

// The pages Cardinal serves to the buyer's browser, played by the mock so that a 3-D Secure flow
// runs on loopback. Device data collection (POST /V1/Cruise/Collect, form field JWT) answers a
// page that posts Cardinal's v1 message to its parent, a JSON string
// {"MessageType":"profile.completed","SessionId":…,"Status":true} (Cardinal "postMessage Response
// (v1 Endpoint)"). The step-up (POST /V2/Cruise/StepUp, fields JWT and MD) shows a challenge;
// when the cardholder is done it posts TransactionId and MD to the ReturnUrl of the step-up JWT,
// inside the iframe (Cybersource "Receiving the Step-Up Results").

const MAX_BODY_BYTES = 64 * 1024;
/** The path of the mock's device data collection page (`deviceDataCollectionUrl`). */
export const COLLECT = "/cardinal/V1/Cruise/Collect";
/** The path of the mock's step-up (challenge) page (`stepUpUrl`). */
export const STEP_UP = "/cardinal/V2/Cruise/StepUp";
const DONE = "/cardinal/V2/Cruise/StepUp/complete";

/** Answers the Cardinal pages; false for any other request. */
export function answerCardinal(
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const path = (request.url ?? "/").split("?")[0];
  if (request.method !== "POST" || ![COLLECT, STEP_UP, DONE].includes(path ?? "")) return false;
  context.options.log(`${request.method} ${path} (browser)`);
  readForm(request)
    .then((form) => {
      const html =
        path === COLLECT
          ? collectPage(form, request.headers.origin)
          : path === STEP_UP
            ? stepUpPage(context, form)
            : completePage(context, form);
      response.writeHead(html === undefined ? 400 : 200, {
        "content-type": "text/html;charset=utf-8",
      });
      response.end(html ?? "<!doctype html><p>Unknown or malformed 3-D Secure request.</p>");
    })
    .catch(() => response.destroy());
  return true;
}

function collectPage(form: URLSearchParams, origin: string | undefined): string {
  const claims = jwtClaims(form.get("JWT"));
  const message = JSON.stringify({
    MessageType: "profile.completed",
    SessionId: claims?.["ReferenceId"] ?? "",
    Status: claims !== undefined,
  });
  const target = origin === undefined || origin === "null" ? "*" : origin;
  return `<!doctype html><meta charset="utf-8"><script>window.parent.postMessage(${JSON.stringify(message)}, ${JSON.stringify(target)});</script>`;
}

function stepUpPage(context: MockContext, form: URLSearchParams): string | undefined {
  const payload = jwtClaims(form.get("JWT"))?.["Payload"] as
    { TransactionId?: unknown } | undefined;
  const id = typeof payload?.TransactionId === "string" ? payload.TransactionId : "";
  const challenge = context.challenges.find(id);
  if (challenge === undefined) return undefined;
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>3-D Secure</title>
<style>body{font:15px system-ui,sans-serif;margin:16px;color:#1f2933}h1{font-size:18px}
button{font:inherit;padding:8px 16px;margin-right:8px;border-radius:6px;border:1px solid #c5ccd3;background:#fff;cursor:pointer}
#pass{background:#1b7f4b;border-color:#1b7f4b;color:#fff}</style>
<body>
<h1>本人認証 / Authentication</h1>
<p>¥${escape(yen(challenge.amount))} ・ Visa •••• ${escape(challenge.last4)}</p>
<p>テスト用のカード発行会社の画面です。This is the mock issuer's challenge.</p>
<form method="POST" action="${DONE}">${hiddenFields(id, form)}
<button name="result" value="pass" id="pass">認証する / Pass</button>
<button name="result" value="fail" id="fail">認証しない / Fail</button>
</form></body></html>`;
}

function completePage(context: MockContext, form: URLSearchParams): string | undefined {
  const id = form.get("TransactionId") ?? "";
  const result = form.get("result");
  const challenge = context.challenges.find(id);
  if (challenge === undefined || (result !== "pass" && result !== "fail")) return undefined;
  context.challenges.complete(id, result);
  if (challenge.returnUrl === undefined) return `<!doctype html><p>Done: ${escape(result)}</p>`;
  return `<!doctype html><meta charset="utf-8"><form id="r" method="POST" action="${escape(challenge.returnUrl)}">${hiddenFields(id, form)}</form><script>document.getElementById("r").submit();</script>`;
}

/** The TransactionId and MD that Cardinal posts on from the step-up, as hidden form fields. */
function hiddenFields(id: string, form: URLSearchParams): string {
  return `<input type="hidden" name="TransactionId" value="${escape(id)}"><input type="hidden" name="MD" value="${escape(form.get("MD") ?? "null")}">`;
}

/** The claims of the JWT the mock issued (unsigned, so nothing to verify); undefined if none. */
function jwtClaims(jwt: string | null): Record<string, unknown> | undefined {
  return jwt === null ? undefined : parseJws(jwt)?.payload;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === undefined) throw new Error("too large");
  return new URLSearchParams(body.toString("utf8"));
}

function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whole yen with thousands separators, as an issuer's page shows it (`120,000`). */
function yen(amount: string): string {
  return /^\d+$/u.test(amount) ? Number(amount).toLocaleString("en-US") : amount;
}
