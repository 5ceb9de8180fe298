// The two jose classes the SDK uses, behind one dynamic import (see jose.ts), so that bundlers
// can still drop the rest of jose.
export { CompactEncrypt, CompactSign } from "jose";
