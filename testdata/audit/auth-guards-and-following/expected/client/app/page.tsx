import { auth } from '@/lib/auth';


import {
  archivePost,
  deletePost,
  likePost,
  peekPost,
  pinPost,
  purgePost,
  renamePost,
  reportPost,
  sharePost,
  startSignUp,
} from './posts/actions';

export default async function Page() { var hide = /*#__PURE__*/ createServerReference("z6gLqcQ_e1V9JoFVdep9w_dSr6MXSIuJ53UiL3OPPxjo7uVTVeBiQxlYht0UojTJZ5uy", callServer, undefined, findSourceMapURL, "$$ACTION_Page$hide"); var star = /*#__PURE__*/ createServerReference("z6gL0BguYK1wFkTnbB0SwtRvLGH8X4lYFn4g82FTwSy3maH7hdxO1GIXiNXG-4NGHRLa", callServer, undefined, findSourceMapURL, "$$ACTION_Page$star");
  const session = await auth();
  if (!session) return null;

  // Rendering checked the session, but the action is an endpoint of its own.
  

  

  const all = [archivePost, deletePost, likePost, peekPost, pinPost, purgePost, renamePost, reportPost, sharePost, startSignUp];
  return (
    <form action={hide} data-count={all.length}>
      <button formAction={star}>Star</button>
    </form>
  );
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
