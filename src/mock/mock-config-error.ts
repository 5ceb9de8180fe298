/**
 * Thrown by `startMockCybersource` for options it cannot use (a missing id, a secret that is not
 * base64, a host that is not loopback, an unreadable certificate).
 *
 * @example
 * ```ts
 * try {
 *   await startMockCybersource({ merchantId: "", keyId, sharedSecret });
 * } catch (error) {
 *   if (error instanceof MockConfigError) console.error(error.option, error.message);
 * }
 * ```
 */
export class MockConfigError extends Error {
  /** Stable code for `switch` narrowing. */
  readonly code = "MOCK_CONFIG_INVALID";
  /** Always `MockConfigError`. */
  override readonly name = "MockConfigError";

  constructor(
    /** The option at fault, e.g. `sharedSecret`. */
    readonly option: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
