// A checkout without card numbers (カード情報の非保持化): the page (index.html) gets a capture
// context from this server, the buyer types the card into Cybersource's field (Flex Microform;
// here the mock's stand-in, at the mock's origin), and only the transient token reaches this
// server, which authorizes a JPO installment payment with it.
//
//   CYBERSOURCE_ENVIRONMENT   "test" (default), "production", or a base URL such as the mock's
//   CYBERSOURCE_MERCHANT_ID, CYBERSOURCE_KEY_ID, CYBERSOURCE_SHARED_SECRET
//   PORT (default 3000), HOST (default 127.0.0.1), CHECKOUT_PAGE (default ./index.html)
//
// Every request this server receives is printed ("request ...") with its body, so that a test can
// check that no card number ever arrives; transient tokens are masked in that log, as they are
// bearer credentials for 15 minutes.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createJpoClient,
  isCybersourceJpoError,
  jwtAuth,
  type JpoAuthorizationRequest,
} from "cybersource-jpo";

const env = process.env;
const client = createJpoClient({
  environment: env["CYBERSOURCE_ENVIRONMENT"] ?? "test",
  auth: jwtAuth({
    merchantId: env["CYBERSOURCE_MERCHANT_ID"] ?? "",
    keyId: env["CYBERSOURCE_KEY_ID"] ?? "",
    sharedSecret: env["CYBERSOURCE_SHARED_SECRET"] ?? "",
  }),
  verifyTransientTokens: true,
});
const page = readFileSync(env["CHECKOUT_PAGE"] ?? new URL("./index.html", import.meta.url), "utf8");
/** The capture contexts this server issued: a token is accepted only under one of them. */
const issued = new Set<string>();

async function handle(request: IncomingMessage, body: string): Promise<[number, string, string]> {
  const origin = `http://${request.headers.host ?? "127.0.0.1"}`;
  if (request.method === "GET" && request.url === "/") return [200, "text/html", page];
  if (request.method === "POST" && request.url === "/capture-context") {
    // allowedCardNetworks defaults to ["VISA"]: JPO takes Visa cards only.
    const context = await client.createCaptureContext({ targetOrigins: [origin] });
    issued.add(context.captureContext);
    return json(200, context);
  }
  if (request.method === "POST" && request.url === "/pay") {
    const { transientToken = "", captureContext = "" } = JSON.parse(body) as Record<string, string>;
    if (!issued.has(captureContext)) return json(400, { status: "UNKNOWN_CAPTURE_CONTEXT" });
    const result = await client.authorize(installmentOrder(transientToken), {
      captureContext,
    });
    return json(200, { status: result.status, id: result.id });
  }
  return [404, "text/plain", "not found"];
}

/** 120,000 yen in 12 installments, paid with the buyer's transient token. */
function installmentOrder(transientTokenJwt: string): JpoAuthorizationRequest {
  return {
    clientReferenceInformation: { code: `ORDER-${Date.now()}` },
    tokenInformation: { transientTokenJwt },
    orderInformation: {
      amountDetails: { totalAmount: "120000", currency: "JPY" },
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

function json(status: number, value: unknown): [number, string, string] {
  return [status, "application/json", JSON.stringify(value)];
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return body;
}

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  void readBody(request).then(async (body) => {
    const logged = body.replace(/eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/gu, "[transient token]");
    console.log(`request ${request.method} ${request.url} ${logged}`);
    const [status, type, text] = await handle(request, body).catch((error: unknown) =>
      json(isCybersourceJpoError(error) ? 400 : 500, {
        status: isCybersourceJpoError(error) ? error.code : "ERROR",
      }),
    );
    response.writeHead(status, { "content-type": `${type};charset=utf-8` }).end(text);
  });
});
server.listen(Number(env["PORT"] ?? 3000), env["HOST"] ?? "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`tokenized checkout listening on http://127.0.0.1:${port}/`);
});
