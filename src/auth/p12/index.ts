// JWT authentication from a Business Center PKCS#12 (P12) file, and the reader behind it: the
// integrity MAC, PBES2 on Web Crypto, and the legacy PBE schemes with their pure-JS ciphers (3DES,
// RC2, CBC) and the PKCS#12 KDF. This file is the folder's one way in, for the `cybersource-jpo/p12`
// entry only: the root entry never loads it, nor its SHA-1/SHA-512 and legacy ciphers.
export { jwtAuth, type JwtP12AuthOptions } from "./jwt-auth.js";
export { type ResponseEncryptionP12Options } from "./response-key.js";
