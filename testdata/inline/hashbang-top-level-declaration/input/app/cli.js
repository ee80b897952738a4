#!/usr/bin/env node
export async function run(arg) {
  'use server'
  return arg
}
