import type { ApiCall, MockContext } from "../context.js";
import { intake, withNotes } from "../intake.js";
import type { Reply } from "../reply.js";
import type { CaptureContextRequest } from "./flex.js";

/**
 * `POST /microform/v2/sessions`: a capture context JWT (`application/jwt`), signed by the mock,
 * whose `flx.jwk` verifies the transient tokens issued under it.
 */
export function createCaptureContext(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "CaptureContextRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const jwt = context.flex.createCaptureContext(taken.body as CaptureContextRequest, call.at);
  const reply: Reply = {
    status: 201,
    body: jwt,
    contentType: "application/jwt;charset=utf-8",
    delivery: "normal",
  };
  return withNotes(reply, taken.notes);
}
