import {
  AuthConfigError,
  AuthorizationOutcomeUnknownError,
  isCybersourceJpoError,
  JpoValidationError,
  VoidableOutcomeError,
} from "../index.js";
import { CliConfigError, CliInputError } from "./input.js";

/**
 * The command's exit codes, for scripts: one per kind of outcome, so that a shell can tell a
 * decline from a typo from a payment that must be reversed.
 */
export const exitCodes = {
  /** Approved (`AUTHORIZED`, `PARTIAL_AUTHORIZED`), or the capture or reversal succeeded. */
  ok: 0,
  /** Anything unexpected: Cybersource refused a follow-up, the network failed, a bug. */
  failed: 1,
  /** Invalid input: an unknown command or flag, or a value the SDK's validator rejects. */
  invalidInput: 2,
  /** Declined: nothing was authorized (`DECLINED`, `INVALID_REQUEST`). */
  declined: 3,
  /** Authorized but not capturable (review, risk declined): reverse it or decide the review. */
  held: 4,
  /** The authorization's outcome is unknown: run the printed `reverse-timed-out` command. */
  outcomeUnknown: 5,
  /** Configuration error: missing or wrong credentials or target. */
  configuration: 6,
  /** A lookup found nothing yet: Cybersource's reports are not real-time; try again later. */
  notFoundYet: 7,
} as const;

/** The exit code for an error thrown by a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliInputError || error instanceof JpoValidationError) {
    return exitCodes.invalidInput;
  }
  if (error instanceof AuthorizationOutcomeUnknownError || error instanceof VoidableOutcomeError) {
    return exitCodes.outcomeUnknown;
  }
  if (error instanceof CliConfigError || error instanceof AuthConfigError) {
    return exitCodes.configuration;
  }
  if (isCybersourceJpoError(error) && error.code === "AUTHENTICATION_FAILED") {
    return exitCodes.configuration;
  }
  return exitCodes.failed;
}

/** The exit codes as the help text lists them. */
export const exitCodeHelp = `exit codes:
  0  approved (AUTHORIZED, PARTIAL_AUTHORIZED), or the follow-up (capture, refund, void,
     reversal, lookup, search) succeeded
  1  any other failure (Cybersource refused a follow-up, e.g. NOT_VOIDABLE; network error)
  2  invalid input (unknown command or flag, a value the SDK's validator rejects)
  3  declined (DECLINED, INVALID_REQUEST; a refund DECLINED)
  4  authorized but held (AUTHORIZED_PENDING_REVIEW, AUTHORIZED_RISK_DECLINED, ...): reverse it
  5  outcome unknown (authorization, capture, refund): do not retry; run the printed
     reverse-timed-out or void --transaction-id command
  6  configuration error (credentials missing or refused)
  7  lookup: not in Cybersource's reports yet (not real-time); try again in a few minutes`;
