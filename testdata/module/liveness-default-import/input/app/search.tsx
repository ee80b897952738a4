import submit from './actions'

export function Search() {
  return <form action={submit}><input name="q" /></form>
}
