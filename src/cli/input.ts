import { JpoValidationError, type ValidationIssue } from "../index.js";

/** A flag's value the command cannot use; the message names the flag. */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
  /** One line per problem, each starting with the flag. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.problems = problems;
  }
}

/** Missing credentials or target: fixed in the environment, not in the flags. */
export class CliConfigError extends Error {
  override readonly name = "CliConfigError";
}

/** The parsed flags, as `node:util` parseArgs gives them. */
export type Flags = Readonly<Record<string, string | boolean | string[] | undefined>>;

const fullWidth = /[０-９]/;

/** A flag's string value; `undefined` when absent. */
export function stringFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new CliInputError([`--${name} needs a value.`]);
  return value;
}

/** `--port`: 0 (a free port, the default) to 65535. */
export function portFlag(flags: Flags): number {
  const port = Number(stringFlag(flags, "port") ?? "0");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliInputError([`--port must be a port number 0-65535 (got ${flags["port"]}).`]);
  }
  return port;
}

/** A flag that must be present. */
export function requiredFlag(flags: Flags, name: string, what: string): string {
  const value = stringFlag(flags, name);
  if (value === undefined || value === "") {
    throw new CliInputError([`--${name} is required: ${what}.`]);
  }
  return value;
}

/**
 * Full-width digits (１２０００), as a Japanese keyboard may type them, are not numbers to
 * Cybersource: say so, with the ASCII spelling to type instead.
 */
export function rejectFullWidth(name: string, value: string): string | undefined {
  if (!fullWidth.test(value)) return undefined;
  const ascii = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return `--${name} ${value} has full-width digits (全角); type them as ASCII digits: ${ascii}.`;
}

/** `--amount`: positive whole yen; other rules are the SDK's, applied by its validator. */
export function amountProblem(name: string, value: string): string | undefined {
  const wide = rejectFullWidth(name, value);
  if (wide !== undefined) return wide;
  if (/^[-+]?0*(\.0*)?$/.test(value) || value.trim().startsWith("-")) {
    return `--${name} must be a positive number of yen, e.g. 12000 (got ${JSON.stringify(value)}).`;
  }
  return undefined;
}

/** Which flag fills which field of a request, by the end of the SDK's issue path. */
const flagOfPath: readonly (readonly [RegExp, string])[] = [
  [/totalAmount$/, "amount"],
  [/japanPaymentOptions\.installments$/, "installments"],
  [/japanPaymentOptions\.paymentMethod$/, "payment-method"],
  [/japanPaymentOptions\.bonuses/, "bonus"],
  [/japanPaymentOptions\.firstBillingMonth$/, "first-billing-month"],
  [/transactionId$/, "transaction-id"],
  [/^id$/, "payment-id"],
];

/** The SDK's validation issues, each as a line that names the flag that set the field. */
export function describeIssues(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => {
    const flag = flagOfPath.find(([pattern]) => pattern.test(issue.path))?.[1];
    return flag === undefined
      ? `${issue.path}: ${issue.message}`
      : `--${flag}: ${issue.message} (${issue.path})`;
  });
}

/** A validation error as the CLI reports it: the flags, not only the JSON paths. */
export function asInputError(error: unknown): unknown {
  return error instanceof JpoValidationError
    ? new CliInputError(describeIssues(error.issues))
    : error;
}
