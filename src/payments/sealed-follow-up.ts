import { SealedResult } from "./sealed-result.js";

/** What a capture can do next (functions that need no `this`). */
export interface CaptureOperations {
  readonly refund: (options?: object) => unknown;
  readonly void: (options?: object) => unknown;
  readonly toStoredCapture: () => unknown;
}

/** What a pending refund can do next. */
export interface RefundOperations {
  readonly void: (options?: object) => unknown;
  readonly toStoredRefund: () => unknown;
}

/**
 * A capture: frozen fields, and its methods as prototype getters returning its own functions
 * (so `const { refund } = capture` works, and `toJSON()` shows the fields alone).
 */
class CaptureSealed extends SealedResult {
  readonly #ops: CaptureOperations;

  constructor(fields: object, ops: CaptureOperations) {
    super(fields);
    this.#ops = ops;
    Object.freeze(this);
  }

  get refund(): CaptureOperations["refund"] {
    return this.#ops.refund;
  }

  get void(): CaptureOperations["void"] {
    return this.#ops.void;
  }

  get toStoredCapture(): CaptureOperations["toStoredCapture"] {
    return this.#ops.toStoredCapture;
  }
}

/** A pending refund, sealed the same way. */
class RefundSealed extends SealedResult {
  readonly #ops: RefundOperations;

  constructor(fields: object, ops: RefundOperations) {
    super(fields);
    this.#ops = ops;
    Object.freeze(this);
  }

  get void(): RefundOperations["void"] {
    return this.#ops.void;
  }

  get toStoredRefund(): RefundOperations["toStoredRefund"] {
    return this.#ops.toStoredRefund;
  }
}

/** A frozen capture result of `fields` with `refund()`, `void()` and `toStoredCapture()`. */
export const captureResult = (fields: object, ops: CaptureOperations): object =>
  new CaptureSealed(fields, ops);

/** A frozen pending refund of `fields` with `void()` and `toStoredRefund()`. */
export const pendingRefundResult = (fields: object, ops: RefundOperations): object =>
  new RefundSealed(fields, ops);
