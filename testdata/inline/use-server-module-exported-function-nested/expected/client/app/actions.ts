import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const makeDeleter = /*#__PURE__*/ createServerReference("z6gLJ7Fzx3rycNC7h7YYtH29jozj9H3DALI9-DM3E3iRx2XfsA_IJtbxQBN7_g", callServer, undefined, findSourceMapURL, "makeDeleter");
//# sourceMappingURL=actions.ts.map
