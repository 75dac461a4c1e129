/** English wording of the api sections. */
export const api = {};
