'use server';
// A 'use server' module forwarding actions of other 'use server' modules.
export { updateProfile as saveProfile } from "./users";
export * from "./search";
