import type { MockContext } from "./context.js";
import { fieldsRejected, type Reply } from "./reply.js";
import { validateRequest, type FieldProblem, type RequestSchemaName } from "./request-schema.js";
import { tolerate } from "./tolerate.js";

/** Fields an account with Cybersource's relaxed requirements may leave out. */
const relaxable = new Set([
  "orderInformation.billTo",
  ...["firstName", "lastName", "address1", "locality", "administrativeArea", "postalCode"].map(
    (field) => `orderInformation.billTo.${field}`,
  ),
  "orderInformation.billTo.country",
  "orderInformation.billTo.email",
  "paymentInformation.card.expirationMonth",
  "paymentInformation.card.expirationYear",
]);

/** A body the mock takes, with its notes, or the 400 Cybersource would answer. */
export type Intake =
  | { readonly ok: true; readonly body: unknown; readonly notes: string[] }
  | { readonly ok: false; readonly reply: Reply };

/**
 * Reads a request body as Cybersource does: tolerates what it tolerates (with a note), checks
 * the rest against the spec's schema `name`, and answers what it rejects with its own 400.
 */
export function intake(
  context: MockContext,
  name: RequestSchemaName,
  raw: object,
  at: Date,
  waived: (body: unknown, problem: FieldProblem) => boolean = () => false,
): Intake {
  const { body, notes } = tolerate(raw);
  const checked = validateRequest(name, body);
  const relaxed = context.options.relaxedRequirements && name === "JpoAuthorizationRequest";
  const problems = checked.problems.filter(
    (problem) =>
      !(relaxed && problem.reason === "MISSING_FIELD" && relaxable.has(problem.field)) &&
      !waived(body, problem),
  );
  const all = [...notes, ...checked.notes];
  if (problems.length > 0)
    return { ok: false, reply: withNotes(fieldsRejected(problems, at), all) };
  return { ok: true, body, notes: all };
}

/** `reply` carrying `notes` (for the `x-mock-notes` header and the request journal). */
export function withNotes(reply: Reply, notes: readonly string[]): Reply {
  return notes.length === 0 ? reply : { ...reply, notes: [...(reply.notes ?? []), ...notes] };
}
