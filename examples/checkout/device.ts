// Cybersource's `deviceInformation` for 3-D Secure: what the page's script read from the browser
// (screen, language, time zone) and what only the server sees (address, Accept, User-Agent).
import type { JpoAuthorizationRequest } from "cybersource-jpo";

type DeviceInformation = NonNullable<JpoAuthorizationRequest["deviceInformation"]>;

/** What the server knows of the buyer's request. */
export interface Caller {
  /** The page's origin, e.g. `http://127.0.0.1:3000`. */
  readonly origin: string;
  readonly ipAddress: string | undefined;
  readonly accept: string | undefined;
  readonly userAgent: string | undefined;
}

const text = (value: unknown, max: number) =>
  typeof value === "string" && value.length > 0 ? value.slice(0, max) : undefined;

/** The device fields of the page's `browser` object (anything else is ignored) and the caller. */
export function deviceInformation(browser: unknown, caller: Caller): DeviceInformation {
  const from = (typeof browser === "object" && browser !== null ? browser : {}) as Record<
    string,
    unknown
  >;
  const fields: Partial<Record<keyof DeviceInformation, string | boolean | undefined>> = {
    ipAddress: text(caller.ipAddress, 48),
    httpAcceptBrowserValue: text(caller.accept, 255),
    userAgentBrowserValue: text(caller.userAgent, 255),
    httpBrowserLanguage: text(from["httpBrowserLanguage"], 8),
    httpBrowserJavaEnabled: from["httpBrowserJavaEnabled"] === true,
    httpBrowserJavaScriptEnabled: true,
    httpBrowserColorDepth: text(from["httpBrowserColorDepth"], 2),
    httpBrowserScreenHeight: text(from["httpBrowserScreenHeight"], 6),
    httpBrowserScreenWidth: text(from["httpBrowserScreenWidth"], 6),
    httpBrowserTimeDifference: text(from["httpBrowserTimeDifference"], 5),
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as DeviceInformation;
}
