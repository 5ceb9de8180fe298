export * from "./errors.js";
export { AuthConfigError } from "./auth-config-error.js";
export type { SigningStrategy } from "./signing-strategy.js";
export { httpSignatureAuth, type HttpSignatureAuthOptions } from "./http-signature.js";
export {
  jwtAuth,
  type JwtAuthOptions,
  type JwtCommonOptions,
  type JwtKeyAuthOptions,
  type JwtSharedSecretAuthOptions,
  type PemOrDer,
} from "./jwt.js";
export type { RequestEncryptionOptions } from "./mle.js";
