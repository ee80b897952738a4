export { addTodo } from './todos'
