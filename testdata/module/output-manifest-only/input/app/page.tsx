import { track } from './actions'

export default function Page() {
  return <button onClick={() => track('click')}>track</button>
}
