'use server';

async function other() {
  return 'module action';
}

export async function Page(id: string) {
  async function save() {
    'use server';
    return id;
  }
  return save;
}

export { other as "Page/save" };
