import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const supabaseGetUser = /*#__PURE__*/ createServerReference("z6gLdnDz7kbfpWpC6jI8fDC73C76nTrthcu9V2IcdQWcd3LuHPfOT262tewqRpuzErU", callServer, undefined, findSourceMapURL, "supabaseGetUser");
export const supabaseUpdateName = /*#__PURE__*/ createServerReference("z6gLUq8hvl2XtOh-AjAk7rnXMtMgDAvDeaLrjKFKkxbK148M5KfnalqaQPchD2X-6rV9ihY", callServer, undefined, findSourceMapURL, "supabaseUpdateName");
//# sourceMappingURL=ssr.ts.map
