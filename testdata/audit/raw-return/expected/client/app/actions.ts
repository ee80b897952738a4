import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const countPosts = /*#__PURE__*/ createServerReference("z6gLHLCVKqhfh6YM3QhTDbUV9kKFFmFaDbJST1eLjBV76Lv-U8j2-JKoilQB", callServer, undefined, findSourceMapURL, "countPosts");
export const getPost = /*#__PURE__*/ createServerReference("z6gLPnkKfA3z5qbSPh8twOFSCbEKhDhTDTIPZdScKQ9MKvsVMI4I_EJ7", callServer, undefined, findSourceMapURL, "getPost");
export const listPosts = /*#__PURE__*/ createServerReference("z6gL0NzS2Tviy9h3hDNG1lMe0ZBsw7B8nzhasQAcgnaxOFTV-8gZqqEBTNs", callServer, undefined, findSourceMapURL, "listPosts");
export const postSummary = /*#__PURE__*/ createServerReference("z6gLIQ6rxcP3KfOwbZ2XaVeL0p-rsxbUPjroWnuhDu4vt3oqmF5VWDH-e-fkPA", callServer, undefined, findSourceMapURL, "postSummary");
export const postTitles = /*#__PURE__*/ createServerReference("z6gLnjkyxeZ4JSs940s7NOgaOmGfx8saDM1Dh2mHsVA6H9Paa9JceajwHaYZ", callServer, undefined, findSourceMapURL, "postTitles");
//# sourceMappingURL=actions.ts.map
