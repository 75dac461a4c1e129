/** English wording of the operations sections. */
export const operations = {};
