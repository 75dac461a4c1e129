import { diag } from '../diagnostics/diagnostic.js';
import type { FieldFact } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { rank } from './precedence.js';

/**
 * One field of one entity under two names in two documents: `mobile` in the schema, `phone` in the
 * architecture's interface. Deliberately conservative: only names in the same synonym group below,
 * only on the same entity, only across documents, and only when neither document also has the
 * other name (an entity with both `phone` and `mobile` has two fields). Spelling variants
 * (`created_at` / `createdAt`) are one name in two notations and never reported. The data model
 * document's name wins (precedence: data model for schema).
 */
const SYNONYMS: string[][] = [
  [
    'phone',
    'phonenumber',
    'phoneno',
    'mobile',
    'mobilenumber',
    'mobileno',
    'tel',
    'telephone',
    'cellphone',
    'contactnumber',
    'puhelin',
    'puhelinnumero',
    'telefono',
    'telefone',
    'celular',
  ],
  ['email', 'emailaddress', 'mail', 'sahkoposti', 'correo', 'correoelectronico'],
  ['dob', 'dateofbirth', 'birthdate', 'birthday', 'syntymaaika', 'fechanacimiento', 'datanascimento'],
  ['zip', 'zipcode', 'postalcode', 'postcode', 'postinumero', 'codigopostal', 'cep'],
  ['createdat', 'createdon', 'creationdate', 'created', 'datecreated'],
  ['updatedat', 'updatedon', 'modifiedat', 'lastmodified', 'lastupdated', 'dateupdated'],
  ['deletedat', 'removedat', 'archivedat'],
  ['duedate', 'deadline', 'dueat', 'dueon'],
  ['avatarurl', 'avatar', 'photourl', 'profileimage', 'profilephoto', 'profilepicture'],
];

const GROUP = new Map<string, number>();
SYNONYMS.forEach((g, i) => {
  for (const n of g) GROUP.set(n, i);
});

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export const namingMismatchDetector: Detector = {
  name: 'naming-mismatch',
  detect(domain, ctx) {
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    for (const entity of domain.entities) {
      const byFile = new Map<string, FieldFact[]>();
      for (const f of entity.fields) {
        const file = fileOf(f.origin);
        if (file) byFile.set(file, [...(byFile.get(file) ?? []), f]);
      }
      const files = [...byFile.keys()].sort();
      const seen = new Set<string>();
      for (let i = 0; i < files.length; i++)
        for (let j = i + 1; j < files.length; j++) {
          const a = byFile.get(files[i]!)!;
          const b = byFile.get(files[j]!)!;
          const namesA = new Set(a.map((f) => key(f.name)));
          const namesB = new Set(b.map((f) => key(f.name)));
          for (const fa of a) {
            const group = GROUP.get(key(fa.name));
            if (group === undefined) continue;
            const fb = b.find((f) => GROUP.get(key(f.name)) === group && key(f.name) !== key(fa.name));
            if (!fb || namesA.has(key(fb.name)) || namesB.has(key(fa.name))) continue;
            const id = `${entity.name}|${[key(fa.name), key(fb.name)].sort().join('|')}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const rule = 'reconcile/precedence/data-model-for-schema' as const;
            const [win, lose] =
              rank(rule, ctx.kindOf(files[i]!)) <= rank(rule, ctx.kindOf(files[j]!)) ? [fa, fb] : [fb, fa];
            const winAt = refOf(win.origin)!;
            const loseAt = refOf(lose.origin)!;
            conflicts.push({
              code: 'reconcile/naming-mismatch',
              subject: `${entity.name}.${win.name}`,
              sides: [
                { value: `${entity.name}.${win.name}`, at: winAt },
                { value: `${entity.name}.${lose.name}`, at: loseAt },
              ],
              resolution: `${entity.name}.${win.name}`,
              params: { name: `${entity.name}.${win.name}` },
              resolvedBy: fromRule(rule, [winAt, loseAt]),
            });
            diagnostics.push(
              diag(
                'reconcile/naming-mismatch',
                `${entity.name}.${lose.name} here is ${entity.name}.${win.name} in ${winAt.file}:${winAt.line}; the spec uses ${win.name}`,
                { at: loseAt, hint: 'use one name in every document' },
              ),
            );
          }
        }
    }
    return { findings: conflicts.length > 0 ? { conflicts } : {}, diagnostics };
  },
};
