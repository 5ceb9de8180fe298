import { exitCodeHelp } from "./exit-codes.js";

/** `cybersource-jpo help`. */
export const usage = `usage: cybersource-jpo <command> [options]

commands:
  demo [--live]               authorize a JPO installment payment, then show a timed-out
                              authorization being found and reversed (default: embedded mock)
  authorize [--amount YEN] [--payment-method CODE] [--installments N]
            [--first-billing-month MM] [--bonus MM:YEN ...]
                              send one authorization; default 120000 yen in 12 installments (61)
  capture --payment-id ID --amount YEN --payment-method CODE [--installments N]
          [--first-billing-month MM] [--bonus MM:YEN ...]
                              capture an approved authorization, restating its JPO data
                              (the authorize command prints the exact command)
  reverse --payment-id ID --amount YEN [--reason TEXT]
                              release the funds of an authorization
  reverse-timed-out --transaction-id ID --amount YEN [--reason TEXT]
                              reverse an authorization whose outcome is unknown (wait 60 s first)
  refund --capture-id ID --amount YEN [--code CODE] [--reason TEXT]
                              refund a capture, in full or in part (sent once)
  void --kind capture|refund|credit --id ID
                              void a capture, refund or credit before it settles
  void --transaction-id ID    void a capture or refund whose outcome is unknown (wait 60 s first)
  lookup --id ID [--wait-ms MS]
                              a transaction's details (not real-time: retries on 404 for MS)
  search (--code CODE | --id ID | --query Q) [--limit N] [--offset N]
                              search transactions, one page
  mock [--port N] [--host H] [--merchant-id M] [--key-id K] [--shared-secret S]
                              run the mock Cybersource until stopped; prints its credentials.
                              --host 0.0.0.0 serves a container network (a test server only)
  checkout [--port N]         serve a checkout page (card field, JPO options, 3-D Secure, in
                              Japanese and English) on 127.0.0.1 against an embedded mock, until
                              stopped; prints its URL and the 3-D Secure test cards
  help                        this text

where the operations go (authorize and every follow-up):
  (neither)                   a fresh embedded mock (authorize only)
  --url URL                   a running Cybersource or \`cybersource-jpo mock\`, e.g. http://127.0.0.1:8080
  --live                      Cybersource's sandbox, apitest.cybersource.com
  --url and --live take credentials from the environment: CYBERSOURCE_MERCHANT_ID and either
  CYBERSOURCE_KEY_ID + CYBERSOURCE_SHARED_SECRET or CYBERSOURCE_P12_PATH + CYBERSOURCE_P12_PASSWORD.

input: amounts are positive whole yen in ASCII digits (full-width １２０００ is refused with the
ASCII spelling); payment methods 10 single, 21-24 bonus, 31-34 bonus with installments, 61
installments (--installments 1-99, required), 80 revolving; --installments is recommended with
21-24, 31-34 and 80, and --bonus is optional. Without --first-billing-month Cybersource bills from
the month after the transaction. The SDK's own validator checks the request, so the rules are the
facade's: errors stop it, warnings are printed with the result.

options:
  --json                      print one JSON document on stdout (errors too), for scripts
  --version, -v               print the version
  --help, -h                  this text

${exitCodeHelp}`;
