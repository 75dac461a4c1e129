/** English wording of the reconcile sections. */
export const reconcile = {};
