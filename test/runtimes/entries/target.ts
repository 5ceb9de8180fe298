// The conformance target, inlined by esbuild's `define` when the harness bundles an entry.
import type { ConformanceTarget } from "../conformance.js";

declare const __CONFORMANCE_TARGET__: ConformanceTarget;

export const target: ConformanceTarget = __CONFORMANCE_TARGET__;
