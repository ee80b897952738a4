'use server'
import { createActions } from './factory'

// Values only run time knows: each name is an action, checked when it is registered.
export const { signIn, signOut: logOut, nested: [first] } = createActions()
const made = createActions()
export const { other } = made

import { registerServerReference } from "actionc/server";
registerServerReference(first, "z6gLA01DPiQ6OqR5qfnUaRVdGZk8ut_SeKSzGlVepScgCIWRRYjdnA", "first");
registerServerReference(logOut, "z6gLqoF0shEySMP6hDfHajpUNI9EdW-REN8ksDWk3socWzFbhzzUK9U", "logOut");
registerServerReference(other, "z6gLPO25bULXzWGpgu-3CGS2G9i2g7_rxilvRkeQE-7S3yVeStHbTg", "other");
registerServerReference(signIn, "z6gLd0ERfmnvwSudGxuAYHmsktw7a1JckVuEL5FvyiffLYZjc9_VrWg", "signIn");
//# sourceMappingURL=actions.ts.map
