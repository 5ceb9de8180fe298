// Authorize, capture and reverse against a running mock, for the state tests.
import type { MockCybersource } from "../../../src/mock/index.js";
import * as bodies from "./bodies.js";
import { send } from "./send.js";

const PATH = "/pts/v2/payments";

/** Authorizes `amount` yen and returns the payment id and transaction id. */
export async function authorized(mock: MockCybersource, amount = "120000") {
  const request = bodies.authorization(amount);
  const { body } = await send(mock, PATH, request);
  return {
    id: body.id as string,
    transactionId: request.clientReferenceInformation.transactionId as string,
  };
}

export const captureOf = (mock: MockCybersource, id: string, amount: string) =>
  send(mock, `${PATH}/${id}/captures`, bodies.capture(amount));
export const reversalOf = (mock: MockCybersource, id: string, amount: string) =>
  send(mock, `${PATH}/${id}/reversals`, bodies.reversal(amount));
export const timeoutReversal = (mock: MockCybersource, transactionId: string, amount: string) =>
  send(mock, "/pts/v2/reversals", bodies.timeoutReversal(transactionId, amount));
