import {
  AuthorizationOutcomeUnknownError,
  validateJpoAuthorization,
  type AuthorizationResult,
  type StoredJpoOptions,
  type JpoAuthorizationRequest,
} from "../index.js";
import { demoRequest } from "./demo.js";
import { exitCodes } from "./exit-codes.js";
import { describeResult, installmentPlan } from "./format.js";
import {
  amountProblem,
  CliInputError,
  describeIssues,
  rejectFullWidth,
  stringFlag,
} from "./input.js";
import type { Flags } from "./input.js";
import type { Printer } from "./printer.js";
import { openSession, type Session } from "./session.js";

type JapanPaymentOptions = JpoAuthorizationRequest["processingInformation"]["japanPaymentOptions"];

/**
 * The request the flags describe, checked by the SDK's own validator (the facade's rules, payment
 * method combinations included) before anything is sent; every problem names its flag.
 */
export function authorizationFromFlags(flags: Flags): JpoAuthorizationRequest {
  const amount = stringFlag(flags, "amount") ?? "120000";
  const method = stringFlag(flags, "payment-method") ?? "61";
  const given = stringFlag(flags, "installments");
  // The one default: an installment payment (61) without --installments is 12 installments.
  const installments = given ?? (method === "61" ? "12" : undefined);
  const bonuses = bonusFlags(flags);
  const early = [
    amountProblem("amount", amount),
    installments === undefined ? undefined : rejectFullWidth("installments", installments),
    rejectFullWidth("payment-method", method),
  ].filter((problem) => problem !== undefined);
  if (early.length > 0) throw new CliInputError(early);
  const request = demoRequest(amount);
  const options: Record<string, unknown> = {
    ...request.processingInformation.japanPaymentOptions,
    paymentMethod: method,
  };
  delete options["installments"];
  if (installments !== undefined) options["installments"] = installments;
  const firstBillingMonth = stringFlag(flags, "first-billing-month");
  if (firstBillingMonth !== undefined) options["firstBillingMonth"] = firstBillingMonth;
  if (bonuses !== undefined) options["bonuses"] = bonuses;
  request.processingInformation.japanPaymentOptions = options as JapanPaymentOptions;
  // Only errors stop the request; warnings are printed with the result (result.warnings).
  const errors = validateJpoAuthorization(request).filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw new CliInputError(describeIssues(errors));
  return request;
}

/** `--bonus MM:YEN`, repeatable: the bonus payments of methods 21-24 and 31-34. */
export function bonusFlags(flags: Flags): { month: string; amount: string }[] | undefined {
  const values = flags["bonus"];
  if (values === undefined) return undefined;
  const list = Array.isArray(values) ? values : [String(values)];
  return list.map((value) => {
    const wide = rejectFullWidth("bonus", value);
    const match = /^([^:]*):(.*)$/.exec(value);
    if (wide !== undefined || match === null) {
      throw new CliInputError([wide ?? `--bonus ${value} must be MONTH:YEN, e.g. 07:50000.`]);
    }
    return { month: match[1] ?? "", amount: match[2] ?? "" };
  });
}

/** `authorize`: sends one JPO authorization and reports its outcome; returns the exit code. */
export async function authorizeCommand(
  flags: Flags,
  env: NodeJS.ProcessEnv,
  print: Printer,
): Promise<number> {
  const request = authorizationFromFlags(flags);
  const session = await openSession({
    live: flags["live"] === true,
    url: stringFlag(flags, "url"),
    env,
  });
  try {
    const result = await session.client.authorize(request);
    report(result, request, session, print);
    return exitCodeOfStatus(result.status);
  } catch (error) {
    if (!(error instanceof AuthorizationOutcomeUnknownError)) throw error;
    reportUnknown(error, session, print);
    return exitCodes.outcomeUnknown;
  } finally {
    await session.close();
  }
}

function exitCodeOfStatus(status: AuthorizationResult["status"]): number {
  if (status === "AUTHORIZED" || status === "PARTIAL_AUTHORIZED") return exitCodes.ok;
  if (status === "DECLINED" || status === "INVALID_REQUEST") return exitCodes.declined;
  return exitCodes.held;
}

function report(
  result: AuthorizationResult,
  request: JpoAuthorizationRequest,
  session: Session,
  print: Printer,
): void {
  // JSON.stringify calls the result's own toJSON(), which redacts the card number.
  print.document({ result, target: session.target });
  print.out(describeResult(result));
  const options = request.processingInformation.japanPaymentOptions;
  // Without firstBillingMonth, Cybersource bills from the month after the transaction.
  const month = "firstBillingMonth" in options ? options.firstBillingMonth : undefined;
  if ("installments" in options && options.installments !== undefined && "approvalCode" in result) {
    const plan = installmentPlan(
      Number(result.authorizedAmount),
      Number(options.installments),
      month,
    );
    print.out(`  plan (estimate)    ${plan}`);
  }
  for (const warning of describeIssues(result.warnings)) print.err(`warning: ${warning}`);
  const next = nextStep(result, session);
  if (next !== undefined) print.out(`\n${next}`);
}

function nextStep(result: AuthorizationResult, session: Session): string | undefined {
  const target = session.targetFlags;
  if (result.status === "AUTHORIZED" || result.status === "PARTIAL_AUTHORIZED") {
    const stored = result.toStoredAuthorization();
    const id = `--payment-id ${stored.id} --amount ${stored.amount}`;
    const jpo =
      stored.japanPaymentOptions === undefined ? "" : ` ${jpoFlags(stored.japanPaymentOptions)}`;
    return `capture it (e.g. at shipment):  cybersource-jpo capture ${id}${jpo} ${target}`;
  }
  if (result.status === "DECLINED" || result.status === "INVALID_REQUEST") {
    return "declined: nothing is held; ask the cardholder for another card or payment method.";
  }
  return `held, not capturable: decide it in the Business Center, or release it:  cybersource-jpo reverse --payment-id ${result.id} --amount ${result.requestedAmount} ${target}`;
}

/** The capture command's flags for the JPO data Cybersource needs again at capture. */
function jpoFlags(options: StoredJpoOptions): string {
  return [
    `--payment-method ${options.paymentMethod}`,
    options.installments === undefined ? "" : `--installments ${options.installments}`,
    options.firstBillingMonth === undefined
      ? ""
      : `--first-billing-month ${options.firstBillingMonth}`,
    ...(options.bonuses ?? []).map((bonus) => `--bonus ${bonus.month}:${bonus.amount}`),
  ]
    .filter((flag) => flag !== "")
    .join(" ");
}

function reportUnknown(error: AuthorizationOutcomeUnknownError, session: Session, print: Printer) {
  const command =
    `cybersource-jpo reverse-timed-out --transaction-id ${error.transactionId} ` +
    `--amount ${error.amount} ${session.targetFlags}`;
  print.document({
    status: "OUTCOME_UNKNOWN",
    code: error.code,
    transactionId: error.transactionId,
    amount: error.amount,
    httpStatus: error.httpStatus,
    correlationId: error.correlationId,
    reverseWith: command,
  });
  print.out(
    `outcome unknown: the card may or may not be authorized (transaction id ${error.transactionId}).\n` +
      "Do not send it again. Cybersource asks to wait 60 s after the request, then reverse it:\n" +
      `  ${command}`,
  );
}
