// The JPO rules: the spec's generated rules (lengths, patterns, enums, required fields) checked by
// one generic validator, the business rules the spec cannot express (payment-method combinations,
// Visa-only, bonus totals, katakana, whole yen), and the helpers they share (kana, yen, nearest
// name), the card source of a request and the reading of a transient token's payload. This file
// is the folder's one way in. Rules never touch HTTP.
export {
  inspectAuthorization,
  normalizeAuthorization,
  validateJpoAuthorization,
  type ValidateOptions,
} from "./jpo-rules.js";
export { cardSourceRules, oneCardSourceIssue } from "./card-source.js";
export { checkRule } from "./rule-validator.js";
export { snapshotOrThrow, takeSnapshot } from "./snapshot.js";
export { wholeYen } from "./yen.js";
export {
  decodeJwtPayload,
  readTransientToken,
  type TransientTokenCard,
  type TransientTokenPayload,
} from "./transient-token.js";
