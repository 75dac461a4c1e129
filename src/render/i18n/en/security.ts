/** English wording of the security sections. */
export const security = {};
