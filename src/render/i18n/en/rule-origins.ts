import { RULE_ORIGINS } from '../../../derive/rule-origins.js';

/** The appendix that says once what each rule cited as `[Rn]` derives (render/markdown/rule-origins.ts). */
export const ruleOrigins = {
  heading: 'Appendix C. Rule origins',
  intro:
    'Items the documents do not state line by line cite the named rule that derived them as [R1], [R2], …; each rule is listed once here with the facts it reads and how many items of this specification it produced.',
  columns: { label: 'Label', rule: 'Rule', derives: 'What it derives, and from what', items: 'Items' },
  /** A rule without a catalogued sentence (a new rule id): its id is still listed. */
  uncatalogued: 'A named rule of backend-spec without a description yet.',
  sentences: RULE_ORIGINS,
};
