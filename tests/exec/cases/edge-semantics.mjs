// Inline-action semantics that earlier compilers got wrong (issue 11), each run as
// written and as compiled: the answers must be the same.

// Names the compiler's own output uses, taken by the module first.
const $$bound = 'the module\'s $$bound';
const $$args = 'the module\'s $$args';
const $$ACTION_collide = 'the module\'s $$ACTION_collide';
function encryptActionBoundArgs() {
  return 'the module\'s encryptActionBoundArgs';
}

function collide(id) {
  return async (first = id, ...rest) => {
    'use server';
    return [first, rest.length, $$bound, $$args, $$ACTION_collide, encryptActionBoundArgs()];
  };
}

// A declaration in a switch case belongs to the switch block, visible from every case,
// and shadows what the function declares outside the switch.
function switchPage(kind, id) {
  const remove = 'not an action';
  switch (kind) {
    case 'early':
      return remove;
    case 'declared':
      async function remove() {
        'use server';
        return `removed ${id}`;
      }
      return remove;
    default:
      return null;
  }
}

// A default value reads the outer `user`, not the one the body declares.
function paramDefault(user) {
  return async (id = user.id) => {
    'use server';
    const user = { id: 'inner' };
    return `${id}:${user.id}`;
  };
}

// A declaration inside a module-level block is scoped to that block.
let fromBlock;
{
  async function blockAction(x) {
    'use server';
    return `block ${x}`;
  }
  fromBlock = blockAction;
}

// Captures read in a destructuring default and a computed key are read, not assigned.
function destructure(list, fallback, key) {
  return async () => {
    'use server';
    let a;
    let c;
    [a = fallback] = list;
    ({ [key]: c } = { k: 'from key' });
    return [a, c];
  };
}

// An arrow action that calls itself through the const holding it.
function countdownPage(start) {
  const tick = async (n) => {
    'use server';
    return n <= 0 ? `done from ${start}` : tick(n - 1);
  };
  return tick;
}

// A static action method is a method: defined before any static field runs, not
// enumerable.
function staticPage(id) {
  class Api {
    static early = typeof Api.save;
    static async save(v) {
      'use server';
      return `${id}:${v}`;
    }
    static late = 1;
  }
  return Api;
}

// An identifier written with escapes is the same binding as its plain spelling.
function escaped(\u0069d) {
  return async () => {
    'use server';
    return id;
  };
}

// `var a` may redeclare a parameter whose default reads a capture.
function varRedeclare(limit) {
  return async (a = limit) => {
    'use server';
    var a;
    return a;
  };
}

// Captures are read when the reference is first used, whatever else is captured.
function mutate() {
  let count = 1;
  const later = 'declared after';
  const act = async () => {
    'use server';
    return [count, later];
  };
  count = 2;
  return act;
}

// A capture the runtime cannot encode only matters once the reference is used: merely
// creating it must not leave a rejected promise behind (that kills Node).
function unusedUnencodable(n) {
  const big = BigInt(n);
  const act = async () => {
    'use server';
    return String(big);
  };
  return typeof act;
}

export const scenarios = {
  generatedNamesDoNotCollide: () => collide('x')(),
  switchDeclarationCalled: () => switchPage('declared', 3)(),
  switchDeclarationSeenEarly: () => typeof switchPage('early', 3),
  defaultReadsOuterName: () => paramDefault({ id: 'outer' })(),
  moduleLevelBlock: () => fromBlock(5),
  destructuringReadsCaptures: () => destructure([], 'fallback', 'k')(),
  recursiveConstArrow: () => countdownPage(3)(2),
  staticMethodIsAMethod: async () => {
    const Api = staticPage(1);
    return [Object.keys(Api), Api.early, typeof Api.save, await Api.save('v')];
  },
  escapedIdentifier: () => escaped('escaped id')(),
  varRedeclaresParameter: () => varRedeclare(4)(),
  capturesReadAtFirstUse: () => mutate()(),
  unusedUnencodableCapture: () => unusedUnencodable(7),
};
