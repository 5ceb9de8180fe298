import { redact } from "../redact.js";

const inspect = Symbol.for("nodejs.util.inspect.custom");

/**
 * A result whose fields are its own enumerable properties, frozen, with a redacted `toJSON()` and
 * Node inspection on the prototype, so that logging a result never prints card data. Methods
 * live on the prototype too: building a result defines no property one by one.
 */
export class SealedResult {
  constructor(fields: object) {
    Object.assign(this, fields);
  }

  /** The fields, redacted. */
  toJSON(): unknown {
    return redact({ ...this });
  }

  [inspect](): unknown {
    return this.toJSON();
  }
}

/** What a held or approved authorization can do next (functions that need no `this`). */
export interface HeldOperations {
  readonly reverse: (options?: object) => unknown;
  readonly toStoredAuthorization: () => unknown;
}

/** A result that is only a record: a decline, an error. */
class RecordResult extends SealedResult {
  constructor(fields: object) {
    super(fields);
    Object.freeze(this);
  }
}

/**
 * An authorization that may hold funds: it can be reversed and stored. Its methods are getters
 * on the prototype that return the result's own functions, so that they also work taken off the
 * result (`const { reverse } = result`), while they stay out of its own fields and `toJSON()`.
 */
class HeldResult extends SealedResult {
  readonly #reverse: HeldOperations["reverse"];
  readonly #toStoredAuthorization: HeldOperations["toStoredAuthorization"];

  constructor(fields: object, held: HeldOperations) {
    super(fields);
    this.#reverse = held.reverse;
    this.#toStoredAuthorization = held.toStoredAuthorization;
    if (new.target === HeldResult) Object.freeze(this);
  }

  get reverse(): HeldOperations["reverse"] {
    return this.#reverse;
  }

  get toStoredAuthorization(): HeldOperations["toStoredAuthorization"] {
    return this.#toStoredAuthorization;
  }
}

/** An approved authorization: it can also be captured. */
class ApprovedResult extends HeldResult {
  readonly #capture: (options?: object) => unknown;

  constructor(fields: object, held: HeldOperations, capture: (options?: object) => unknown) {
    super(fields, held);
    this.#capture = capture;
    Object.freeze(this);
  }

  get capture(): (options?: object) => unknown {
    return this.#capture;
  }
}

/** A frozen result of `fields` alone. */
export const recordResult = (fields: object): object => new RecordResult(fields);

/** A frozen result of `fields` with `reverse()` and `toStoredAuthorization()`. */
export const heldResult = (fields: object, held: HeldOperations): object =>
  new HeldResult(fields, held);

/** A frozen result of `fields` with `capture()` as well. */
export const approvedResult = (
  fields: object,
  held: HeldOperations,
  capture: (options?: object) => unknown,
): object => new ApprovedResult(fields, held, capture);
