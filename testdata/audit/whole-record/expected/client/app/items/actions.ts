import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const completeItem = /*#__PURE__*/ createServerReference("z6gL7K5fkEJR5aaQ83JXsvrPQQAGhBEC5NO_F52mDCFqiAeZHAMlue7cKV3gXbPROGf5ZME", callServer, undefined, findSourceMapURL, "completeItem");
export const completeItemUnsafe = /*#__PURE__*/ createServerReference("z6gL3gIJZBB82s72EHI-9-CzVRh_rjsGNZnwZDBSxh7QsdC7CGF5KvIWMhfylJaW8Gr-RX7lSVxx-6E", callServer, undefined, findSourceMapURL, "completeItemUnsafe");
export const savePost = /*#__PURE__*/ createServerReference("z6gLCV099dzjGBT_8LhFzrapdh_zHBWUnUKJVhGQ8d66a29PyKyE-cT6KKfXPaVxiA", callServer, undefined, findSourceMapURL, "savePost");
export const saveSettings = /*#__PURE__*/ createServerReference("z6gLT2sbgaBOuTgVmY81MY4DtgdoOJ1VopyVQlx6HS1uMeEnfbUXRKzjplXBEKPNDzyXxiA", callServer, undefined, findSourceMapURL, "saveSettings");
export const saveUsers = /*#__PURE__*/ createServerReference("z6gLnUSm91pP_CLpbLT_bmBaL-28x_hKwUJtRX_QDVHKF44LaHG8QZX7_mI0XZn5Uig", callServer, undefined, findSourceMapURL, "saveUsers");
export const submit = /*#__PURE__*/ createServerReference("z6gLCUrI6teh7F_5g433jJroObiDwFB5u40H8UWxGj5ypQcH5X7CDvaElpUDx9k", callServer, undefined, findSourceMapURL, "submit");
//# sourceMappingURL=actions.ts.map
