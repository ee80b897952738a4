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

import { registerServerReference } from "actionc/server";
registerServerReference(createPost, "z6gL5IhhlPQ-u7WJ41e2WZRFbKFTMDJrn_7r810eTbDLiKKzXKuvcLoMPICUDtgCbe0RFbDF8PC95qkj", "createPost");
registerServerReference(deletePost, "z6gLGn5KK7XHZ6JRHPCHdysHWtPatuTOiQD24T2zO4azvzeVnQbQN66Je7jRrvF32Z0s_cQpLKpirSiG", "deletePost");
//# sourceMappingURL=posts.ts.map
