'use server';
import { ping as again } from './self';

export async function ping() {
  return again;
}
