/** English wording of the report sections. */
export const report = {};
