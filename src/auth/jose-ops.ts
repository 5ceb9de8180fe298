// The jose functions the SDK uses, behind one dynamic import (see jose.ts), so that bundlers
// can still drop the rest of jose.
export { CompactEncrypt, compactDecrypt, decodeJwt, importJWK, jwtVerify } from "jose";
