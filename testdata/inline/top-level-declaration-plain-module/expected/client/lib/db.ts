export const db = { async logout(form: FormData) {} };
