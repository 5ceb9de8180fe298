import type { MockRequestRecord } from "./journal.js";
import type {
  AuthorizationState,
  MockAuthorization,
  MockCapture,
  MockReversal,
  MockStateChange,
  MockVoid,
} from "./records.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the mock holds. Records are copied out, so callers cannot change them. */
export class MockStore {
  readonly #authorizations = new Map<string, Mutable<MockAuthorization>>();
  readonly #byTransactionId = new Map<string, string>();
  readonly #captures: MockCapture[] = [];
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
    this.#captures.push(Object.freeze({ ...capture }));
    this.#changeState(capture.authorizationId, "CAPTURED", capture.at);
  }

  /** The capture sent with `transactionId` that is not voided yet. */
  findCaptureByTransactionId(transactionId: string): MockCapture | undefined {
    const voided = new Set(this.#voids.map((entry) => entry.captureId));
    return this.#captures.find(
      (entry) => entry.transactionId === transactionId && !voided.has(entry.id),
    );
  }

  addVoid(entry: MockVoid, authorizationId: string): void {
    this.#voids.push(Object.freeze({ ...entry }));
    this.#changeState(authorizationId, "VOIDED", entry.at);
  }

  get voids(): readonly MockVoid[] {
    return Object.freeze([...this.#voids]);
  }

  addReversal(reversal: MockReversal): void {
    this.#reversals.push(Object.freeze({ ...reversal }));
    this.#changeState(reversal.authorizationId, "REVERSED", reversal.at);
  }

  get authorizations(): readonly MockAuthorization[] {
    return Object.freeze([...this.#authorizations.values()].map(snapshot));
  }

  get captures(): readonly MockCapture[] {
    return Object.freeze([...this.#captures]);
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
