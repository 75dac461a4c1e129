/** English wording of the data sections. */
export const data = {};
