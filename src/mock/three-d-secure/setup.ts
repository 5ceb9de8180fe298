import type { ApiCall, MockContext } from "../context.js";
import { submitTimeUtc } from "../ids.js";
import { intake, withNotes } from "../intake.js";
import { halReply, type Reply } from "../reply.js";
import { unsignedJwt } from "../tokens/jws.js";
import { COLLECT } from "./pages.js";

/**
 * `POST /risk/v1/authentication-setups`: the inputs of device data collection, pointing at the
 * mock's own collection page (`/cardinal/V1/Cruise/Collect`).
 */
export function setupPayerAuthentication(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "PayerAuthSetupRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const id = context.ids.paymentId(call.at);
  const referenceId = `0_mock-${id}`;
  const claims = {
    jti: id,
    iat: Math.floor(call.at.getTime() / 1000),
    iss: "mock-cybersource",
    ReferenceId: referenceId,
  };
  const reply = halReply(201, {
    id,
    submitTimeUtc: submitTimeUtc(call.at),
    status: "COMPLETED",
    consumerAuthenticationInformation: {
      accessToken: unsignedJwt(claims),
      deviceDataCollectionUrl: `${context.flex.url}${COLLECT}`,
      referenceId,
    },
  });
  return withNotes(reply, taken.notes);
}
