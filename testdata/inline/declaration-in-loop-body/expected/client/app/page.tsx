export default function Page({ ids }: { ids: string[] }) {
  const forms = [];
  for (const id of ids) { let remove = /*#__PURE__*/ createServerReference("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$remove");
    forms.push(<form key={id} action={remove} />);
    
  }
  return forms;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
