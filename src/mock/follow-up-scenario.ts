import { type Reply, serverError } from "./reply.js";
import { findScenario } from "./scenarios.js";

/**
 * The transport scenarios applied to a capture or refund already recorded: 5001 resets the
 * connection, 5002 answers 502, 5065 answers late, 5201 cuts the body in half. Other amounts
 * (the decline triggers included) are answered as they are.
 */
export function deliverFollowUp(amount: string, at: Date, reply: Reply): Reply {
  const scenario = findScenario(amount);
  switch (scenario?.outcome) {
    case "SERVER_ERROR":
      return { ...serverError(at, scenario.message), notes: reply.notes ?? [] };
    case "CONNECTION_RESET":
      return { ...reply, delivery: "reset" };
    case "SLOW_RESPONSE":
      return { ...reply, delivery: "slow" };
    case "MALFORMED_RESPONSE":
      return { ...reply, delivery: "truncated" };
    default:
      return reply;
  }
}
