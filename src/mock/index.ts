/**
 * An embedded mock of Cybersource's JPO payment API for tests and local development:
 * `startMockCybersource`, its records, and the amount-triggered scenarios.
 *
 * @example
 * ```ts
 * import { startMockCybersource, formatScenarioTable } from "cybersource-jpo/mock";
 * const mock = await startMockCybersource({ merchantId, keyId, sharedSecret });
 * console.log(formatScenarioTable());
 * await mock.close();
 * ```
 *
 * @packageDocumentation
 * @module cybersource-jpo/mock
 */
export { startMockCybersource, type MockCybersource, type MockSettlement } from "./server.js";
export type { MockCybersourceOptions, MockJwtOptions } from "./options.js";
export type { CardFields } from "./tokens/flex.js";
export type { MockTmsTokens } from "./tokens/vault.js";
export { MockConfigError } from "./mock-config-error.js";
export {
  authenticationScenarios,
  type AuthenticationOutcomeKind,
  type AuthenticationScenario,
} from "./three-d-secure/scenarios.js";
export type { MockOperation, MockRequestRecord } from "./journal.js";
export type { AuthorizationStatus, DeclineReason } from "./wire.js";
export type {
  AuthorizationState,
  MaskedCard,
  MockAuthorization,
  MockCardSource,
  MockCapture,
  MockRefund,
  MockReversal,
  SettlementState,
  MockStateChange,
  MockVoid,
} from "./records.js";
export {
  findScenario,
  formatScenarioTable,
  mockScenarios,
  type MockScenario,
  type MockScenarioOutcome,
} from "./scenarios.js";
export type { MockResponseEncryptionOptions } from "./mle-options.js";
export { mockMleCertificate } from "./mle-key.js";
export type { MockWebhookDelivery, MockWebhookOptions } from "./webhooks.js";
