

export default function Page({ id }: { id: string }) { var remove = /*#__PURE__*/ createServerReference("z6gLh6X_MH016pnHWWfNXFmyc8zyyDcxn6WqWTw09wQm-1mTX8Qymaw5F5cPHpW_IZOcitA", callServer, undefined, findSourceMapURL, "$$ACTION_Page$remove");
  const SECRET_QUERY = 'DELETE FROM posts WHERE id = ?';
  
  return <form action={remove} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
