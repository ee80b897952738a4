// A pass-through stand-in for actionc/server in the execution test: the same call
// shapes, no cryptography, so the test checks the compiler's output, not the runtime.
export function registerServerReference(fn, id, exportName) {
  return Object.defineProperties(fn, { $$id: { value: id }, $$exportName: { value: exportName } });
}

export function encryptActionBoundArgs(id, captures) {
  const seal = (values) => JSON.stringify({ id, values });
  if (typeof captures !== 'function') return Promise.resolve(seal(captures));
  let sealed = null;
  return { then: (ok, fail) => (sealed ??= new Promise((resolve) => resolve(seal(captures())))).then(ok, fail) };
}

export async function decryptActionBoundArgs(id, blob) {
  const { id: sealedFor, values } = JSON.parse(await blob);
  if (sealedFor !== id) throw new Error(`bound arguments of ${sealedFor} passed to ${id}`);
  return values;
}
