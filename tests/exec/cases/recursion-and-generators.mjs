// A named function expression calling itself, a recursive declaration, and an async
// generator, each with captures.
function Counter(step) {
  const countdown = async function tick(n) {
    'use server';
    return n <= 0 ? ['done'] : [n, ...(await tick(n - step))];
  };
  async function sum(n) {
    'use server';
    return n <= 0 ? 0 : n + (await sum(n - step));
  }
  const stream = async function* (count) {
    'use server';
    for (let i = 0; i < count; i++) yield i * step;
  };
  return { countdown, sum, stream };
}

async function collect(iterable) {
  const values = [];
  for await (const value of iterable) values.push(value);
  return values;
}

export const scenarios = {
  namedExpression: () => Counter(2).countdown(5),
  declaration: () => Counter(1).sum(4),
  generator: () => collect(Counter(3).stream(4)),
};
