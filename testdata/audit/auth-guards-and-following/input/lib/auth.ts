// Auth.js v5, as the seed guide sets it up.
import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';

export const { auth, handlers, signIn, signOut } = NextAuth({ providers: [GitHub] });
