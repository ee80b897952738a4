import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const addComment = /*#__PURE__*/ createServerReference("z6gLbnMUXYKEgwhSL35b1so_VqnPTg7YTWSSPwAEJAb5J_839FQFLwunAYYC9laJqOlae9yjo_NooA", callServer, undefined, findSourceMapURL, "addComment");
export const removeComment = /*#__PURE__*/ createServerReference("z6gLbD04PJu7SE8ITq-DS-KFDxHYI6bYpIpFX5RQQHfjC-Gs-c7DyrjiIdJHAZ6rauqJmk9UC-8BJ_W9bA", callServer, undefined, findSourceMapURL, "removeComment");
//# sourceMappingURL=comments.ts.map
