// A checkout page that shows it all (JPO and 3-D Secure, in Japanese and English): the card is
// typed into the payment provider's card field (Flex Microform; here the mock's, at the mock's
// origin), the buyer picks a payment option (一括 / 分割 / ボーナス一括 / ボーナス併用 / リボ),
// device data collection runs in a hidden iframe, a challenge in a visible one, and the page shows
// the result. Only the transient token reaches this server. `npx cybersource-jpo checkout` runs
// the same server against its embedded mock.
//
//   CYBERSOURCE_ENVIRONMENT   "test" (default), "production", or a base URL such as the mock's
//   CYBERSOURCE_MERCHANT_ID, CYBERSOURCE_KEY_ID, CYBERSOURCE_SHARED_SECRET
//   PORT (default 3000), HOST (default 127.0.0.1)
import { createJpoClient, jwtAuth } from "cybersource-jpo";
import { startCheckoutServer } from "./app.js";

const env = process.env;
const client = createJpoClient({
  environment: env["CYBERSOURCE_ENVIRONMENT"] ?? "test",
  auth: jwtAuth({
    merchantId: env["CYBERSOURCE_MERCHANT_ID"] ?? "",
    keyId: env["CYBERSOURCE_KEY_ID"] ?? "",
    sharedSecret: env["CYBERSOURCE_SHARED_SECRET"] ?? "",
  }),
  // The token is checked against the capture context it was made under before each request.
  verifyTransientTokens: true,
});
const checkout = await startCheckoutServer({
  client,
  port: Number(env["PORT"] ?? 3000),
  host: env["HOST"] ?? "127.0.0.1",
  log: (line) => console.log(line),
});
console.log(`checkout listening on ${checkout.url}/`);
