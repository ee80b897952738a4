import { settings } from './src/settings'

export default { settings }
