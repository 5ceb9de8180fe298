import { CybersourceJpoError } from "../errors.js";
import type { JpoHooks } from "../hooks.js";

/** The longest timer a runtime can set: 2^31-1 ms (about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether `value` is a whole number of ms in `[min, 2^31-1]`. */
export function isDurationMs(value: unknown, min: number): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_TIMER_MS
  );
}

const invalid = (field: string, rule: string) =>
  new CybersourceJpoError("CLIENT_CONFIG_INVALID", `createJpoClient: ${field} ${rule}.`);

/**
 * The `partner` option: `{ developerId?, solutionId? }` with string values, copied; `undefined`
 * when none is given.
 */
export function partnerOption(
  value: unknown,
): { readonly developerId?: string; readonly solutionId?: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid("partner", "must be an object with developerId and/or solutionId");
  }
  const partner: { developerId?: string; solutionId?: string } = {};
  for (const name of ["developerId", "solutionId"] as const) {
    const id = readOption(value, name);
    if (id === undefined) continue;
    if (typeof id !== "string" || id.length === 0) {
      throw invalid(`partner.${name}`, "must be a non-empty string");
    }
    partner[name] = id;
  }
  return Object.keys(partner).length === 0 ? undefined : partner;
}

/** Reads `options[name]` once, as given; a throwing getter or Proxy is a config error. */
export function readOption(options: object, name: string): unknown {
  try {
    return (options as Record<string, unknown>)[name];
  } catch {
    throw invalid(name, "could not be read");
  }
}

/** A whole number of ms in `[min, 2^31-1]`, or `fallback` when not given. */
export function durationOption(value: unknown, field: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!isDurationMs(value, min)) {
    throw invalid(field, `must be a whole number of ms from ${min} to ${MAX_TIMER_MS}`);
  }
  return value;
}

/** A whole number in `[min, max]`, or `fallback` when not given. */
export function countOption(
  value: unknown,
  field: string,
  fallback: number,
  [min, max]: [number, number],
): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A function, or `fallback` when not given. */
export function functionOption<F>(value: unknown, field: string, fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value !== "function") throw invalid(field, "must be a function");
  return value as F;
}

/** `true`/`false`, or `false` when not given. */
export function flagOption(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw invalid(field, "must be true or false");
  return value;
}

/** The hooks, each read once and checked to be a function; a frozen copy. */
export function hooksOption(value: unknown): JpoHooks {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null) throw invalid("hooks", "must be an object");
  const hooks: Record<string, unknown> = {};
  for (const name of ["onRequest", "onResponse", "onError", "onHookError"]) {
    hooks[name] = functionOption(readOption(value, name), `hooks.${name}`, undefined);
  }
  return Object.freeze(hooks) as JpoHooks;
}

const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/iu;

/**
 * The base URL as `https://host[:port][/path]` without a trailing slash. Plain `http://` is
 * accepted for a loopback host, or for any host when `allowInsecureHttp` is set. Credentials,
 * a query, a fragment, whitespace or control characters are refused; the message never
 * repeats the URL, which may hold a secret.
 */
export function baseUrlOption(
  environment: unknown,
  allowInsecureHttp: boolean,
  named: Record<string, string>,
): string {
  if (typeof environment === "string" && Object.hasOwn(named, environment))
    return named[environment]!;
  const rule =
    'must be "test", "production" or a URL https://host[:port][/path] (the value is not repeated here)';
  if (typeof environment !== "string" || /[\s\p{Cc}\p{Cf}?#\\]/u.test(environment))
    throw invalid("environment", rule);
  let url: URL;
  try {
    url = new URL(environment);
  } catch {
    throw invalid("environment", rule);
  }
  if (url.username !== "" || url.password !== "") {
    throw invalid(
      "environment",
      "must not hold credentials (user:password@); the URL is not repeated here",
    );
  }
  const http = url.protocol === "http:" && (allowInsecureHttp || loopback.test(url.hostname));
  if (url.protocol !== "https:" && !http) {
    throw invalid(
      "environment",
      `${rule}; plain http:// only for a loopback host or with allowInsecureHttp`,
    );
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/@]+(\/|$)/iu.test(environment))
    throw invalid("environment", rule);
  return `${url.origin}${url.pathname.replace(/\/+$/u, "")}`;
}
