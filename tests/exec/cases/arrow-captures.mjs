// An arrow action capturing a parameter, a const and a member chain of its component.
function Component({ base }) {
  const settings = { scale: { factor: 3 } };
  const label = 'total';
  return async (x) => {
    'use server';
    return { [label]: (base + x) * settings.scale.factor };
  };
}

export const scenarios = {
  call: () => Component({ base: 4 })(10),
  again: () => Component({ base: -1 })(1),
};
