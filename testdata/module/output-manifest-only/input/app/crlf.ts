export const crlf = 1
export const trailing = 2   
