import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const createPost = /*#__PURE__*/ createServerReference("z6gL5IhhlPQ-u7WJ41e2WZRFbKFTMDJrn_7r810eTbDLiKKzXKuvcLoMPICUDtgCbe0RFbDF8PC95qkj", callServer, undefined, findSourceMapURL, "createPost");
export const deletePost = /*#__PURE__*/ createServerReference("z6gLGn5KK7XHZ6JRHPCHdysHWtPatuTOiQD24T2zO4azvzeVnQbQN66Je7jRrvF32Z0s_cQpLKpirSiG", callServer, undefined, findSourceMapURL, "deletePost");
//# sourceMappingURL=posts.ts.map
