import { common } from './common.js';

/**
 * The English catalog: the reference every other locale must match (a missing message in another
 * locale is a type error). One file per area keeps concurrent work apart.
 */
export const en = {
  common,
};

export type Messages = typeof en;
