// Captures used only in a default parameter, and a body-local that shadows an outer name.
function Settings(limit) {
  const unit = 'items';
  const page = 1;
  const withDefault = async (n = limit, label = `${n} ${unit}`) => {
    'use server';
    return label;
  };
  const shadowing = async () => {
    'use server';
    const page = 99; // not the outer page
    return page + limit;
  };
  return { withDefault, shadowing, page };
}

export const scenarios = {
  defaulted: () => Settings(5).withDefault(),
  explicit: () => Settings(5).withDefault(2),
  shadowed: () => Settings(5).shadowing(),
};
