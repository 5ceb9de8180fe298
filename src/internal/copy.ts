/**
 * Where a value that is not JSON data stood (a Date, Map, Set, RegExp, boxed primitive, function,
 * or a property with a getter): validation reports it at its path, and it is never sent.
 */
export const notData: unique symbol = Symbol("not JSON data");

/** Why a snapshot could not be taken: the value is too deep, too large, cyclic or unreadable. */
export class SnapshotProblem extends Error {
  constructor(
    readonly path: string,
    readonly rule: "cycle" | "too-deep" | "too-large" | "unreadable",
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** The bounds of a snapshot: far above any request the spec describes. */
const MAX_DEPTH = 64;
const MAX_NODES = 10_000;

/**
 * One snapshot of the caller's data, the only thing that is then validated and sent: arrays and
 * objects are copied from their own enumerable data properties, each read exactly once (getters
 * are never called, inherited fields and symbol keys are ignored, the caller's objects are never
 * written to); a value whose tag is not `Object` or `Array` becomes {@link notData}. Throws
 * {@link SnapshotProblem} for a cycle, more than 64 levels, more than 10,000 values, or a Proxy
 * or getter that throws; it never throws anything else and never recurses deeper than 64.
 */
export function snapshot(value: unknown, path = ""): unknown {
  const state = { nodes: 0, ancestors: new Set<object>() };
  return copy(value, path, 0, state);
}

interface State {
  nodes: number;
  readonly ancestors: Set<object>;
}

function copy(value: unknown, path: string, depth: number, state: State): unknown {
  if (typeof value === "function") return notData;
  if (typeof value !== "object" || value === null) return value;
  if (++state.nodes > MAX_NODES) throw new SnapshotProblem(path, "too-large", "too many values");
  if (depth > MAX_DEPTH) throw new SnapshotProblem(path, "too-deep", "nested too deeply");
  if (state.ancestors.has(value)) throw new SnapshotProblem(path, "cycle", "refers to itself");
  state.ancestors.add(value);
  try {
    return read(value, path, depth, state);
  } catch (error) {
    if (error instanceof SnapshotProblem) throw error;
    throw new SnapshotProblem(path, "unreadable", "could not be read");
  } finally {
    state.ancestors.delete(value);
  }
}

function read(value: object, path: string, depth: number, state: State): unknown {
  if (Array.isArray(value)) {
    const length: unknown = Reflect.getOwnPropertyDescriptor(value, "length")?.value;
    if (typeof length !== "number" || length > MAX_NODES - state.nodes) {
      throw new SnapshotProblem(path, "too-large", "has too many items");
    }
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(field(value, String(i), `${path}[${i}]`));
    return items.map((item, i) => copy(item, `${path}[${i}]`, depth + 1, state));
  }
  if (Object.prototype.toString.call(value) !== "[object Object]") return notData;
  const result: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== "string") continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || descriptor.enumerable !== true) continue;
    const inner = descriptor.value;
    // A leaf is copied as it is: only objects need their path (for the problems they may have).
    const data = !("value" in descriptor)
      ? notData
      : typeof inner === "object" && inner !== null
        ? copy(inner, path === "" ? key : `${path}.${key}`, depth + 1, state)
        : typeof inner === "function"
          ? notData
          : inner;
    // defineProperty, not assignment: an own "__proto__" key must stay a key (and be reported).
    if (key === "__proto__") {
      Object.defineProperty(result, key, {
        value: data,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else result[key] = data;
  }
  return result;
}

/** `value[key]` if it is an own data property; `undefined` for a hole, `notData` for a getter. */
function field(value: object, key: string, path: string): unknown {
  try {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) return undefined;
    return "value" in descriptor ? descriptor.value : notData;
  } catch {
    throw new SnapshotProblem(path, "unreadable", "could not be read");
  }
}
