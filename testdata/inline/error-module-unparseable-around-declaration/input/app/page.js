// The parser cannot make a program of this module (its root is an ERROR node): where the
// server function below is bound is unknown, so the syntax error is an error. Issue 16: its
// binding was inserted at offset 1, inside the first token, or overlapped a removed import.
import load } from './db'
{
async function save() {
  'use server'
  return load()
}
t > k(d = () => k(s </a
