// Object and static methods (one named "constructor"), nested lambdas inside an action,
// and an inline action defined inside another one.
function Store(prefix) {
  const tags = ['a', 'b'];
  const api = {
    async save(name) {
      'use server';
      return tags.map((tag) => `${prefix}/${tag}/${name}`);
    },
  };
  class Admin {
    static async constructor(flag) {
      'use server';
      return `${prefix}:${flag}`;
    }
  }
  const outer = async (x) => {
    'use server';
    const inner = async (y) => {
      'use server';
      return `${prefix}-${x}-${y}`;
    };
    return inner('deep');
  };
  return { api, Admin, outer };
}

export const scenarios = {
  objectMethod: () => Store('p').api.save('n'),
  staticConstructor: () => Store('q').Admin.constructor(true),
  nested: () => Store('r').outer('mid'),
};
