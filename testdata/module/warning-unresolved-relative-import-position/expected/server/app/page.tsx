import { track } from './actions'
import { helper } from './does-not-exist'

export default function Page() {
  return <button onClick={() => track(helper())}>track</button>
}
