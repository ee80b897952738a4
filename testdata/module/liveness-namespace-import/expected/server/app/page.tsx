import * as actions from './actions'

export default function Page() {
  return <button onClick={() => actions.one()}>go</button>
}
