import type { ApiCall, MockContext } from "./context.js";
import { submitTimeUtc } from "./ids.js";
import { intake, withNotes } from "./intake.js";
import type { MockCapture, MockRefund, MockVoid } from "./records.js";
import { halReply, invalidRequest, type Reply } from "./reply.js";
import type { TimeoutVoidRequest, VoidRequest, VoidResponse } from "./wire.js";

type Target =
  | { readonly kind: "capture"; readonly record: MockCapture }
  | { readonly kind: "refund"; readonly record: MockRefund };

/**
 * `POST /pts/v2/voids`: the timeout void. Finds the capture or refund by the transaction id it
 * was sent with and voids it, once; a voided capture leaves its authorization `VOIDED`.
 */
export function voidByTransactionId(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "TimeoutVoidRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const { transactionId } = (taken.body as TimeoutVoidRequest).clientReferenceInformation;
  const target = context.store.findByFollowUpTransactionId(transactionId);
  const reply =
    target === undefined
      ? invalidRequest(
          "INVALID_DATA",
          "Declined - No capture or refund has that transaction id",
          call.at,
          [{ field: "clientReferenceInformation.transactionId", reason: "INVALID_DATA" }],
        )
      : voidTarget(context, call, target, { timeout: true, transactionId });
  return withNotes(reply, taken.notes);
}

/** `POST /pts/v2/captures/{id}/voids`. */
export const voidCapture = (context: MockContext, call: ApiCall): Reply =>
  voidById(context, call, "capture");

/** `POST /pts/v2/refunds/{id}/voids`. */
export const voidRefund = (context: MockContext, call: ApiCall): Reply =>
  voidById(context, call, "refund");

/** `POST /pts/v2/credits/{id}/voids`: the mock makes no credits, so none is found. */
export const voidCredit = (context: MockContext, call: ApiCall): Reply =>
  voidById(context, call, "credit");

function voidById(context: MockContext, call: ApiCall, kind: Target["kind"] | "credit"): Reply {
  const taken = intake(context, "VoidRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const id = call.id ?? "";
  const capture = kind === "capture" ? context.store.findCapture(id) : undefined;
  const refund = kind === "refund" ? context.store.findRefund(id) : undefined;
  const target: Target | undefined =
    capture !== undefined
      ? { kind: "capture", record: capture }
      : refund && { kind: "refund", record: refund };
  if (target === undefined) {
    // Inferred: an unknown id as INVALID_DATA naming it (the void 400 model has no "not found").
    const reply = invalidRequest("INVALID_DATA", `Declined - No ${kind} has that id`, call.at, [
      { field: "id", reason: "INVALID_DATA" },
    ]);
    return withNotes(reply, taken.notes);
  }
  const transactionId = (taken.body as VoidRequest).clientReferenceInformation?.transactionId;
  return withNotes(
    voidTarget(context, call, target, { timeout: false, transactionId }),
    taken.notes,
  );
}

/**
 * Voids a capture or refund that is still `PENDING`. Settled or already voided:
 * 400 `NOT_VOIDABLE` (Cybersource: "A void request is declined when the capture or credit
 * request has already been sent to the processor"; the reason is inferred from its void 400
 * model). A capture with refunds not voided is refused the same way (inferred).
 */
function voidTarget(
  context: MockContext,
  call: ApiCall,
  target: Target,
  how: { readonly timeout: boolean; readonly transactionId: string | undefined },
): Reply {
  const { record, kind } = target;
  const refunded = kind === "capture" && Number(record.refundedAmount) > 0;
  if (record.state !== "PENDING" || refunded) {
    const why = record.state === "PENDING" ? "has refunds" : `is ${record.state.toLowerCase()}`;
    return invalidRequest(
      "NOT_VOIDABLE",
      `Declined - The ${kind} ${why} and cannot be voided`,
      call.at,
    );
  }
  const entry: MockVoid = {
    id: context.ids.paymentId(call.at),
    kind,
    targetId: record.id,
    captureId: kind === "capture" ? record.id : undefined,
    timeout: how.timeout,
    transactionId: how.transactionId,
    amount: record.amount,
    at: call.at.toISOString(),
  };
  context.store.addVoid(entry);
  const body: VoidResponse = {
    _links: { self: { href: `/pts/v2/voids/${entry.id}`, method: "GET" } },
    id: entry.id,
    submitTimeUtc: submitTimeUtc(call.at),
    status: "VOIDED",
    clientReferenceInformation:
      how.transactionId === undefined ? {} : { transactionId: how.transactionId },
    voidAmountDetails: {
      voidAmount: record.amount,
      originalTransactionAmount: record.amount,
      currency: record.currency,
    },
  };
  return halReply(201, body);
}
