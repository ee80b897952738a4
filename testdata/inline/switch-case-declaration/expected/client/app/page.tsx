export default function Page({ kind, id }: { kind: string; id: string }) {
  const remove = 'shadowed by the declaration in the switch'
  { let remove = /*#__PURE__*/ createServerReference("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$remove"); switch (kind) {
    case 'early':
      return remove
    case 'declared':
      
      return remove
    default:
      return null
  } }
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
