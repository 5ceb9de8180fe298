const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * Makes the ids of one mock server. They look like Cybersource's: a payment id is 22 digits,
 * the epoch milliseconds without their leading digit followed by a 10-digit sequence (the
 * published `6843585327946622203059` starts with the time of its `submitTimeUtc`); a
 * reconciliation id is `00`, the Tokyo time as `yyyyMMddHHmmss` and a 12-digit sequence (as in
 * `0020230518062213000000000001`). The sequence makes them unique within one server.
 */
export class IdSource {
  #sequence = 0;
  #salesSlip = 0;

  /** A new 22-digit id for a payment, capture or reversal made at `at`. */
  paymentId(at: Date): string {
    this.#sequence += 1;
    const millis = String(at.getTime()).padStart(13, "0").slice(-12);
    return millis + String(this.#sequence).padStart(10, "0");
  }

  /** A new 28-character reconciliation id. */
  reconciliationId(at: Date): string {
    this.#sequence += 1;
    const tokyo = new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString();
    return `00${tokyo.slice(0, 19).replace(/[-T:]/g, "")}${String(this.#sequence).padStart(12, "0")}`;
  }

  /** The next sales slip number, 1 to 99999 and round again. */
  salesSlipNumber(): number {
    this.#salesSlip = (this.#salesSlip % 99_999) + 1;
    return this.#salesSlip;
  }
}

/** `YYYY-MM-DDThh:mm:ssZ`, as Cybersource's `submitTimeUtc`. */
export function submitTimeUtc(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** The calendar month in Japan (UTC+9, no daylight saving) as `year * 12 + month - 1`. */
export function tokyoMonthIndex(at: Date): number {
  const tokyo = new Date(at.getTime() + TOKYO_OFFSET_MS);
  return tokyo.getUTCFullYear() * 12 + tokyo.getUTCMonth();
}
