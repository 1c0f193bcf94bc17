/** Ends an exhaustive switch: adding a union member without handling it is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
