import type { ApiCall, MockContext } from "../context.js";
import { fieldsRejected, type Reply } from "../reply.js";
import { validateRequest } from "../request-schema.js";
import type { CaptureContextRequest } from "./flex.js";

/**
 * `POST /microform/v2/sessions`: a capture context JWT (`application/jwt`), signed by the mock,
 * whose `flx.jwk` verifies the transient tokens issued under it.
 */
export function createCaptureContext(context: MockContext, call: ApiCall): Reply {
  const { problems } = validateRequest("CaptureContextRequest", call.body);
  if (problems.length > 0) return fieldsRejected(problems, call.at);
  const jwt = context.flex.createCaptureContext(call.body as CaptureContextRequest, call.at);
  return {
    status: 201,
    body: jwt,
    contentType: "application/jwt;charset=utf-8",
    delivery: "normal",
  };
}
