import './styles.css'
import data from './data.json'
import { track } from './actions'

export default function Page() {
  return <button onClick={() => track(data.event)}>{data.label}</button>
}
