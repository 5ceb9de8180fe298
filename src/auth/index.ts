// Authentication of requests to Cybersource: HTTP Signature, JWT (RS256 and HS256), request and
// response message-level encryption (MLE), the key and certificate readers they share, and their
// `AuthConfigError`. The PKCS#12 reader and its legacy ciphers live in `p12/`. This file is the
// folder's one way in. Auth never imports payments or rules; it works on Web Crypto and
// `@noble/hashes` only. Every strategy is one signer over serialized bytes (`strategy.ts`).
export { AuthConfigError } from "./auth-config-error.js";
export { httpSignatureAuth, type HttpSignatureAuthOptions } from "./http-signature.js";
export {
  jwtAuth,
  type JwtAuthOptions,
  type JwtCommonOptions,
  type JwtKeyAuthOptions,
  type JwtSharedSecretAuthOptions,
  type PemOrDer,
} from "./jwt.js";
export {
  defineJwtStrategy,
  loadEncryption,
  readJwtIdentity,
  type JwtIdentity,
} from "./jwt-signer.js";
export { importSigningKey, readCertificate, readPrivateKey } from "./key-material.js";
export { importRequestEncryption, type RequestEncryptionOptions } from "./mle.js";
export { requireOptions } from "./options.js";
export {
  defineResponseDecryption,
  importDecryptionKeys,
  readDecryptionKey,
  readOperations,
  type ResponseEncryptionOptions,
} from "./response-mle.js";
export { decryptJwe } from "./response-decrypt.js";
export type { WebCryptoKey } from "./web-crypto-key.js";
export { TransientTokenError, verifyFlexSignature } from "./transient-token.js";
export { wireAuthFor } from "./wire.js";
export type { SigningStrategy } from "./signing-strategy.js";
