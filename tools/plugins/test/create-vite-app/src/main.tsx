import App from './App.tsx'

export const app = App()
