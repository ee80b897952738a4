'use server';

export async function createPost(title: string) {
  return title;
}

export async function deletePost(id: string) {
  return id;
}

export async function purgePosts() {
  await deletePost('all');
}
