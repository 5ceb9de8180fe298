import { isCybersourceJpoError, maskPan } from "../index.js";
import { exitCodeOf } from "./exit-codes.js";
import { CliInputError } from "./input.js";

/** An error as lines for stderr: one per problem, card numbers masked. */
export function errorLines(error: unknown): string[] {
  if (error instanceof CliInputError) return error.problems.map((line) => `error: ${line}`);
  const text = isCybersourceJpoError(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  // The SDK never puts a card number in a message; mask anything that looks like one all the same.
  return [`error: ${text.replace(/\b\d{13,19}\b/g, (digits) => maskPan(digits))}`];
}

/** An error as the `--json` document. */
export function errorDocument(error: unknown): unknown {
  return {
    status: "ERROR",
    exitCode: exitCodeOf(error),
    code: isCybersourceJpoError(error)
      ? error.code
      : error instanceof CliInputError
        ? "INVALID_INPUT"
        : "FAILED",
    problems: errorLines(error).map((line) => line.replace(/^error: /, "")),
  };
}
