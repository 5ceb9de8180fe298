import { JpoValidationError, type ValidationIssue } from "../errors.js";
import { redactText } from "../redact.js";
import { snapshot, SnapshotProblem } from "../internal/copy.js";

/**
 * One snapshot of the caller's `value` (see `internal/copy.ts`: own enumerable data only, each
 * read once), or the one issue that stops it: a cycle, too deep, too large, or unreadable.
 * `path` prefixes the issue's path, e.g. `options`.
 */
export function takeSnapshot(
  value: unknown,
  path = "",
): { readonly value: unknown; readonly issues: ValidationIssue[] } {
  try {
    return { value: snapshot(value, path), issues: [] };
  } catch (error) {
    const problem =
      error instanceof SnapshotProblem ? error : new SnapshotProblem(path, "unreadable", "");
    const message = {
      cycle: "refers to itself (a cycle); send plain JSON data.",
      "too-deep": "is nested more than 64 levels deep; send plain JSON data.",
      "too-large": "holds more than 10,000 values; send plain JSON data.",
      unreadable: "could not be read (a getter or Proxy threw); send plain JSON data.",
    }[problem.rule];
    return {
      value: undefined,
      issues: [{ path: redactText(problem.path), rule: problem.rule, message, severity: "error" }],
    };
  }
}

/**
 * {@link takeSnapshot}, or the `JpoValidationError` of `operation` (e.g. `capture (POST ...)`)
 * naming what stopped it: for inputs that are checked field by field afterwards.
 */
export function snapshotOrThrow(operation: string, value: unknown, path = ""): unknown {
  const taken = takeSnapshot(value, path);
  if (taken.issues.length > 0) throw new JpoValidationError(operation, taken.issues);
  return taken.value;
}
