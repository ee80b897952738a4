// A function declaration used before the line it is written on, capturing a variable
// declared after that use: the reference must exist early and read the capture late.
function Page(id) {
  const form = { action: remove };
  const item = { id, title: `item ${id}` };
  return form;

  async function remove(reason = 'none') {
    'use server';
    return `removed ${item.title} (${reason})`;
  }
}

export const scenarios = {
  beforeDeclaration: () => Page(7).action('spam'),
  defaultArgument: () => Page(8).action(),
};
