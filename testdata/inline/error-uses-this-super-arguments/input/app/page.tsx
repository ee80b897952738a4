const base = { async hello() { return 'hi'; } };

export default function Page() {
  const api = {
    __proto__: base,
    async withThis() {
      'use server';
      return this;
    },
    async withSuper() {
      'use server';
      return super.hello();
    },
    async withArguments() {
      'use server';
      return arguments.length;
    },
    async arrowInside() {
      'use server';
      return (() => [this, arguments])();
    },
  };
  return api;
}
