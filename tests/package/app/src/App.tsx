import { useState } from 'react'
import { greet } from './actions.ts'

function App() {
  const [message, setMessage] = useState('')
  return (
    <main>
      <button type="button" onClick={async () => setMessage(await greet('Vite'))}>
        Greet
      </button>
      <p>{message}</p>
    </main>
  )
}

export default App
