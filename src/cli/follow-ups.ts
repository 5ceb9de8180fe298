import type { CaptureResult, ReversalReason, ReversalResult, StoredJpoOptions } from "../index.js";
import { bonusFlags } from "./authorize.js";
import { exitCodes } from "./exit-codes.js";
import { describeCapture, describeReversal } from "./format.js";
import { amountProblem, asInputError, CliInputError, requiredFlag, stringFlag } from "./input.js";
import type { Flags } from "./input.js";
import type { Printer } from "./printer.js";
import { openSession, type Session } from "./session.js";

/**
 * `capture --payment-id ID --amount YEN --payment-method CODE [--installments N]
 * [--first-billing-month MM] [--bonus MM:YEN ...]`: captures a stored authorization, restating
 * the JPO data Cybersource needs again at capture (the authorize command prints these flags).
 */
export function captureCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "payment-id", "the payment id the authorization printed");
  const amount = requiredAmount(flags);
  const japanPaymentOptions = storedJpoFromFlags(flags);
  return withTarget("capture", flags, env, async (session) => {
    const capture = await session.client.capture({ id, amount, japanPaymentOptions });
    printCapture(capture, print);
    return exitCodes.ok;
  });
}

/** The authorization's JPO data, as the capture flags give it. */
function storedJpoFromFlags(flags: Flags): StoredJpoOptions {
  const paymentMethod = requiredFlag(
    flags,
    "payment-method",
    "the authorization's payment method (the authorize command printed it)",
  ) as StoredJpoOptions["paymentMethod"];
  const installments = stringFlag(flags, "installments");
  const firstBillingMonth = stringFlag(flags, "first-billing-month");
  const bonuses = bonusFlags(flags);
  return {
    paymentMethod,
    ...(installments === undefined ? {} : { installments }),
    ...(firstBillingMonth === undefined ? {} : { firstBillingMonth }),
    ...(bonuses === undefined ? {} : { bonuses }),
  };
}

/** `reverse --payment-id ID --amount YEN [--reason TEXT]`: releases an authorization's funds. */
export function reverseCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "payment-id", "the payment id the authorization printed");
  const amount = requiredAmount(flags);
  const reason = stringFlag(flags, "reason");
  return withTarget("reverse", flags, env, async (session) => {
    // Cybersource defines the reason as a code ("34", suspected fraud); the SDK warns on others.
    const given = reason === undefined ? {} : { reason: reason as ReversalReason };
    const reversal = await session.client.reverse({ id, amount }, given);
    printReversal(reversal, print);
    return exitCodes.ok;
  });
}

/**
 * `reverse-timed-out --transaction-id ID --amount YEN`: Cybersource's timeout reversal, for an
 * authorization whose outcome is unknown. Cybersource asks to wait 60 s after the lost request.
 */
export function reverseTimedOutCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const transactionId = requiredFlag(flags, "transaction-id", "the id the unknown outcome printed");
  const amount = requiredAmount(flags);
  const reason = stringFlag(flags, "reason");
  return withTarget("reverse-timed-out", flags, env, async (session) => {
    const reversal = await session.client.reverseTimedOut({
      transactionId,
      amount,
      currency: "JPY",
      ...(reason === undefined ? {} : { reason: reason as ReversalReason }),
    });
    printReversal(reversal, print);
    return exitCodes.ok;
  });
}

/** `--amount`, required and whole yen. */
export function requiredAmount(flags: Flags): string {
  const amount = requiredFlag(flags, "amount", "whole yen, as the authorization printed it");
  const problem = amountProblem("amount", amount);
  if (problem !== undefined) throw new CliInputError([problem]);
  return amount;
}

/** Runs a follow-up against `--url` or `--live`: an embedded mock would not know the payment. */
export async function withTarget(
  command: string,
  flags: Flags,
  env: NodeJS.ProcessEnv,
  work: (session: Session) => Promise<number>,
): Promise<number> {
  const url = stringFlag(flags, "url");
  const live = flags["live"] === true;
  if (url === undefined && !live) {
    throw new CliInputError([
      `${command} needs --url (a running \`cybersource-jpo mock\` or gateway) or --live: ` +
        "a fresh embedded mock would not know the payment.",
    ]);
  }
  const session = await openSession({ live, url, env });
  try {
    return await work(session);
  } catch (error) {
    throw asInputError(error);
  } finally {
    await session.close();
  }
}

function printCapture(capture: CaptureResult, print: Printer): void {
  const { raw: _raw, ...summary } = capture;
  print.document(summary);
  print.out(describeCapture(capture));
}

function printReversal(reversal: ReversalResult, print: Printer): void {
  const { raw: _raw, ...summary } = reversal;
  print.document(summary);
  print.out(describeReversal(reversal));
}
