import { JpoValidationError, type ValidationIssue } from "../errors.js";
import { takeSnapshot } from "../rules/index.js";
import { isDurationMs, MAX_TIMER_MS } from "../transport/index.js";

/** The options of one call, snapshotted and checked: what each operation reads from them. */
export interface CallOptions {
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
  readonly amount: string | undefined;
  readonly reason: string | undefined;
  /** The capture context a transient token was made under (see `verifyTransientTokens`). */
  readonly captureContext: string | undefined;
  readonly code: string | undefined;
  readonly transactionId: string | undefined;
  readonly waitMs: number | undefined;
  /** Snapshotted: fields to merge into the body (see `additionalFields`). */
  readonly additionalFields: Readonly<Record<string, unknown>> | undefined;
}

const kinds = {
  signal: "an AbortSignal",
  timeoutMs: `a whole number of ms from 1 to ${MAX_TIMER_MS}`,
  amount: "a string of whole yen",
  reason: "a string",
  code: "a string",
  transactionId: "a string",
  waitMs: `a whole number of ms from 0 to ${MAX_TIMER_MS}`,
  additionalFields: "an object of fields to add to the body",
  captureContext: "a capture context (a JWT string)",
} as const;

type OptionName = keyof typeof kinds;

/** The check of each option but `signal` (a signal is checked as it is read). */
const checks: Record<Exclude<OptionName, "signal">, (value: unknown) => boolean> = {
  timeoutMs: (v) => isDurationMs(v, 1),
  amount: (v) => typeof v === "string",
  reason: (v) => typeof v === "string",
  code: (v) => typeof v === "string",
  transactionId: (v) => typeof v === "string",
  waitMs: (v) => isDurationMs(v, 0),
  additionalFields: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  captureContext: (v) => typeof v === "string",
};

/** No options given: every one undefined. */
const none: CallOptions = Object.freeze({
  signal: undefined,
  timeoutMs: undefined,
  amount: undefined,
  reason: undefined,
  code: undefined,
  transactionId: undefined,
  waitMs: undefined,
  additionalFields: undefined,
  captureContext: undefined,
});

/**
 * Takes one snapshot of a call's `options` (each property read once) and checks the ones
 * `allowed` for the operation, throwing `JpoValidationError` (paths `options.<name>`) before
 * anything is sent. Options the operation does not take are ignored, as before.
 */
export function callOptions(
  label: string,
  options: unknown,
  allowed: readonly OptionName[],
): CallOptions {
  if (options === undefined) return none;
  const signal = signalOf(options);
  const taken = takeSnapshot(options, "options");
  const issues: ValidationIssue[] = [...taken.issues];
  const record = taken.value;
  if (
    issues.length === 0 &&
    (typeof record !== "object" || record === null || Array.isArray(record))
  ) {
    issues.push({
      path: "options",
      rule: "type",
      message: "must be an object of options.",
      severity: "error",
    });
  }
  const read = (name: OptionName): unknown =>
    typeof record === "object" && record !== null
      ? (record as Record<string, unknown>)[name]
      : undefined;
  for (const name of allowed) {
    const value = name === "signal" ? signal.value : read(name);
    const fine = name === "signal" ? signal.ok : checks[name](value);
    if (value !== undefined && !fine) {
      issues.push({
        path: `options.${name}`,
        rule: "type",
        message: `must be ${kinds[name]}.`,
        severity: "error",
      });
    }
  }
  if (issues.length > 0) throw new JpoValidationError(label, issues);
  return {
    signal: signal.value as AbortSignal | undefined,
    timeoutMs: read("timeoutMs") as number | undefined,
    amount: read("amount") as string | undefined,
    reason: read("reason") as string | undefined,
    code: read("code") as string | undefined,
    transactionId: read("transactionId") as string | undefined,
    waitMs: read("waitMs") as number | undefined,
    additionalFields: read("additionalFields") as Record<string, unknown> | undefined,
    captureContext: read("captureContext") as string | undefined,
  };
}

/** `options.signal`, read once as an own data property (a signal is not JSON data). */
function signalOf(options: unknown): { value: unknown; ok: boolean } {
  try {
    if (typeof options !== "object" || options === null) return { value: undefined, ok: true };
    const descriptor = Reflect.getOwnPropertyDescriptor(options, "signal");
    const value: unknown =
      descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
    if (descriptor !== undefined && !("value" in descriptor))
      return { value: descriptor, ok: false };
    return { value, ok: value === undefined || isRealSignal(value) };
  } catch {
    return { value: null, ok: false };
  }
}

/** A genuine AbortSignal: a Proxy or a look-alike fails the platform's own brand check. */
function isRealSignal(value: unknown): boolean {
  const aborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, "aborted")?.get;
  return value instanceof AbortSignal && typeof aborted?.call(value) === "boolean";
}
