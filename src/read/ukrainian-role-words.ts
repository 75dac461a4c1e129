import type { StoryIntent } from '../model/domain.js';

/**
 * What a Ukrainian roles table's "what it does" cell says a role does, by the verb or verbal noun the
 * phrase opens with: "приймання партій", "створення ТТН" (create), "перегляд залишків", "розгляд
 * заявок", "відстеження власних відправлень" (view), "призначення координаторів" (update),
 * "видалення" (delete), "керування" (manage). A role's cell in other languages grants the operations
 * it names; these words let a Ukrainian cell do the same. Read for role cells only: a story's verbs
 * are read by read/story-words.ts.
 */
const UK: [RegExp, 'create' | 'view' | 'update' | 'delete' | 'manage'][] = [
  [
    /^(?:створити|створювати|створення|додати|додавати|додавання|подати|подавати|подання|зареєструвати|реєструвати|реєстрація|оприйняти|прийняти|приймати|приймання|оформити|оформлення|внести|внесення)$/u,
    'create',
  ],
  [
    /^(?:переглянути|переглядати|перегляд|бачити|відстежувати|відстежити|відстеження|розглянути|розглядати|розгляд)$/u,
    'view',
  ],
  [
    /^(?:змінити|змінювати|зміна|редагувати|редагування|оновити|оновлювати|оновлення|призначити|призначати|призначення|виправити|виправлення)$/u,
    'update',
  ],
  [/^(?:видалити|видаляти|видалення|вилучити|вилучення)$/u, 'delete'],
  [/^(?:керувати|керування|управляти|управління|адмініструвати|адміністрування)$/u, 'manage'],
];

/** The intent a Ukrainian role phrase's first word names, or null. */
export function ukrainianRoleIntent(word: string): StoryIntent | null {
  const w = word.toLowerCase();
  for (const [re, kind] of UK) if (re.test(w)) return { kind };
  return null;
}
