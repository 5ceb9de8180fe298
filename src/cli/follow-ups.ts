import type { CaptureResult, ReversalResult } from "../index.js";
import { exitCodes } from "./exit-codes.js";
import { describeCapture, describeReversal } from "./format.js";
import { amountProblem, asInputError, CliInputError, requiredFlag, stringFlag } from "./input.js";
import type { Flags } from "./input.js";
import type { Printer } from "./printer.js";
import { openSession, type Session } from "./session.js";

/** `capture --payment-id ID [--amount YEN]`: captures a stored authorization. */
export function captureCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "payment-id", "the payment id the authorization printed");
  const amount = requiredAmount(flags);
  return withTarget("capture", flags, env, async (session) => {
    const capture = await session.client.capture({ id, amount });
    printCapture(capture, print);
    return exitCodes.ok;
  });
}

/** `reverse --payment-id ID --amount YEN [--reason TEXT]`: releases an authorization's funds. */
export function reverseCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "payment-id", "the payment id the authorization printed");
  const amount = requiredAmount(flags);
  const reason = stringFlag(flags, "reason");
  return withTarget("reverse", flags, env, async (session) => {
    const reversal = await session.client.reverse({ id, amount }, reason ? { reason } : {});
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
  const reason = stringFlag(flags, "reason") ?? "no response to authorization";
  return withTarget("reverse-timed-out", flags, env, async (session) => {
    const reversal = await session.client.reverseTimedOut({
      transactionId,
      amount,
      currency: "JPY",
      reason,
    });
    printReversal(reversal, print);
    return exitCodes.ok;
  });
}

function requiredAmount(flags: Flags): string {
  const amount = requiredFlag(flags, "amount", "whole yen, as the authorization printed it");
  const problem = amountProblem("amount", amount);
  if (problem !== undefined) throw new CliInputError([problem]);
  return amount;
}

/** Runs a follow-up against `--url` or `--live`: an embedded mock would not know the payment. */
async function withTarget(
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
