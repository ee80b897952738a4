export function List({ ids }: { ids: string[] }) {
  return (
    <>
      <form action={/*#__PURE__*/ createServerReference("z6gLB0eBB9sK9SRkmJo9C7ghK2peYtC4vGlN4Wm3RVV-aNtFiW9ySQkhDf_rZzkyR4oGN9k", callServer, undefined, findSourceMapURL, "$$ACTION_List$action")} />
      <form action={/*#__PURE__*/ createServerReference("z6gLjVFgUc82xYxIX66dq_LNqPLcZRH2TgRCbzEbJ0e3CIxm3VurU_RsBgxmX1fX1Z1dnEOOQw", callServer, undefined, findSourceMapURL, "$$ACTION_List$action_2")} />
      <button formAction={/*#__PURE__*/ createServerReference("z6gLsMKLyp61D37bblz9QUYY_Zva9w3i3KCh2IGKuol8n1VR6fa9bhW8jA-JkBle1y3GehZErpVR", callServer, undefined, findSourceMapURL, "$$ACTION_List$formAction")} />
      <form action={/*#__PURE__*/ createServerReference("z6gLo41ItX2B4o3uks6Vn8Df7DHkT6D6AWyFEDHUI3iuJFf2orr0i9y4ksh_O-JQifuzEGIJ7Q", callServer, undefined, findSourceMapURL, "$$ACTION_List$action_3")} />
    </>
  );
}

export function Detail({ id }: { id: string }) {
  return <form action={/*#__PURE__*/ createServerReference("z6gL9_MkNAocEFjCrcCW7tEkgfNDtkieVEl2RB9mYEkZuXYFTeZ2XbSwVl_HECpecXyW6EjA8A", callServer, undefined, findSourceMapURL, "$$ACTION_Detail$action")} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
