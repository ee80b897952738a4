export default async function Page(
  { user: { id }, ...rest }: any,
  [first = 'x', second]: string[],
) {
  const actions = [];
  for (const item of rest.items) {
    actions.push(async () => {
      'use server';
      return [id, rest, first, second, item];
    });
  }
  try {
    await Promise.resolve();
  } catch (err) {
    actions.push(async () => {
      'use server';
      return String(err);
    });
  }
  for (let i = 0, [a] = [1]; i < 2; i++) {
    actions.push(async () => {
      'use server';
      return i + a;
    });
  }
  return actions;
}
