import type { MockRequestRecord } from "./journal.js";
import type {
  AuthorizationState,
  MockAuthorization,
  MockCapture,
  MockRefund,
  MockReversal,
  MockStateChange,
  MockVoid,
} from "./records.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the mock holds. Records are copied out, so callers cannot change them. */
export class MockStore {
  readonly #authorizations = new Map<string, Mutable<MockAuthorization>>();
  readonly #byTransactionId = new Map<string, string>();
  readonly #captures: Mutable<MockCapture>[] = [];
  readonly #refunds: Mutable<MockRefund>[] = [];
  readonly #reversals: MockReversal[] = [];
  readonly #voids: MockVoid[] = [];
  readonly #requests: MockRequestRecord[] = [];

  /** Every request received, oldest first. */
  get requests(): readonly MockRequestRecord[] {
    return this.#requests;
  }

  addRequest(record: MockRequestRecord): void {
    this.#requests.push(record);
  }

  /** Whether an authorization was already sent with this transaction id. */
  hasTransactionId(transactionId: string): boolean {
    return this.#byTransactionId.has(transactionId);
  }

  addAuthorization(authorization: MockAuthorization): void {
    this.#authorizations.set(authorization.id, { ...authorization });
    if (authorization.transactionId !== undefined) {
      this.#byTransactionId.set(authorization.transactionId, authorization.id);
    }
  }

  findById(id: string): MockAuthorization | undefined {
    const found = this.#authorizations.get(id);
    return found && snapshot(found);
  }

  findByTransactionId(transactionId: string): MockAuthorization | undefined {
    const id = this.#byTransactionId.get(transactionId);
    return id === undefined ? undefined : this.findById(id);
  }

  addCapture(capture: MockCapture): void {
    this.#captures.push({ ...capture });
    this.#changeState(capture.authorizationId, "CAPTURED", capture.at);
  }

  /** The capture with this id, or the latest capture of the sale (authorization) with this id. */
  findCapture(id: string, sale = false): MockCapture | undefined {
    const found = sale
      ? [...this.#captures].reverse().find((entry) => entry.authorizationId === id)
      : this.#captures.find((entry) => entry.id === id);
    return found && Object.freeze({ ...found });
  }

  /** The capture or refund sent with `transactionId`, the latest first. */
  findByFollowUpTransactionId(
    transactionId: string,
  ): { kind: "capture"; record: MockCapture } | { kind: "refund"; record: MockRefund } | undefined {
    const refund = [...this.#refunds]
      .reverse()
      .find((entry) => entry.transactionId === transactionId);
    if (refund !== undefined) return { kind: "refund", record: Object.freeze({ ...refund }) };
    const capture = [...this.#captures]
      .reverse()
      .find((entry) => entry.transactionId === transactionId);
    return capture && { kind: "capture", record: Object.freeze({ ...capture }) };
  }

  findRefund(id: string): MockRefund | undefined {
    const found = this.#refunds.find((entry) => entry.id === id);
    return found && Object.freeze({ ...found });
  }

  /** Records a refund, adding its amount to the capture's refunded amount. */
  addRefund(refund: MockRefund): void {
    this.#refunds.push({ ...refund });
    const capture = this.#captures.find((entry) => entry.id === refund.captureId)!;
    capture.refundedAmount = String(Number(capture.refundedAmount) + Number(refund.amount));
  }

  /** Records a void and marks what it voided; a voided capture leaves its authorization VOIDED. */
  addVoid(entry: MockVoid): void {
    this.#voids.push(Object.freeze({ ...entry }));
    if (entry.kind === "capture") {
      const capture = this.#captures.find((c) => c.id === entry.targetId)!;
      capture.state = "VOIDED";
      this.#changeState(capture.authorizationId, "VOIDED", entry.at);
      return;
    }
    const refund = this.#refunds.find((r) => r.id === entry.targetId)!;
    refund.state = "VOIDED";
    const capture = this.#captures.find((c) => c.id === refund.captureId)!;
    capture.refundedAmount = String(Number(capture.refundedAmount) - Number(refund.amount));
  }

  /** Sends every pending capture and refund to the processor: they become `SETTLED`. */
  settle(): { captures: number; refunds: number } {
    const pending = [...this.#captures, ...this.#refunds].filter((e) => e.state === "PENDING");
    for (const entry of pending) entry.state = "SETTLED";
    const captures = pending.filter((e) => !("captureId" in e)).length;
    return { captures, refunds: pending.length - captures };
  }

  get voids(): readonly MockVoid[] {
    return Object.freeze([...this.#voids]);
  }

  addReversal(reversal: MockReversal): void {
    this.#reversals.push(Object.freeze({ ...reversal }));
    this.#changeState(reversal.authorizationId, "REVERSED", reversal.at);
  }

  /** How many authorizations, captures and reversals the store holds, without copying them. */
  counts(): { authorizations: number; captures: number; reversals: number } {
    return {
      authorizations: this.#authorizations.size,
      captures: this.#captures.length,
      reversals: this.#reversals.length,
    };
  }

  get authorizations(): readonly MockAuthorization[] {
    return Object.freeze([...this.#authorizations.values()].map(snapshot));
  }

  get captures(): readonly MockCapture[] {
    return Object.freeze(this.#captures.map((entry) => Object.freeze({ ...entry })));
  }

  get refunds(): readonly MockRefund[] {
    return Object.freeze(this.#refunds.map((entry) => Object.freeze({ ...entry })));
  }

  get reversals(): readonly MockReversal[] {
    return Object.freeze([...this.#reversals]);
  }

  #changeState(id: string, state: AuthorizationState, at: string): void {
    const authorization = this.#authorizations.get(id);
    if (authorization === undefined) throw new Error(`no authorization ${id}`);
    const change: MockStateChange = { state, at };
    authorization.state = state;
    authorization.history = [...authorization.history, change];
  }
}

function snapshot(authorization: MockAuthorization): MockAuthorization {
  return Object.freeze({
    ...authorization,
    card: Object.freeze({ ...authorization.card }),
    history: Object.freeze(authorization.history.map((change) => Object.freeze({ ...change }))),
  });
}
