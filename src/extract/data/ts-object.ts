import type * as TS from 'typescript';

/**
 * Reading options out of a JavaScript object literal in the TypeScript tree (`{ allowNull: false,
 * references: { model: 'users' } }`), shared by the readers of ORM schemas written as code
 * (data/drizzle.ts, data/sequelize.ts).
 */

/** A property's name as written: `allowNull`, `'allowNull'`, `"allowNull"` are the same key. */
export function propertyName(t: typeof TS, p: TS.PropertyAssignment): string {
  return t.isIdentifier(p.name) || t.isStringLiteralLike(p.name) ? p.name.text : p.name.getText();
}

/** The value written for `key`, or undefined. */
export function option(
  t: typeof TS,
  obj: TS.ObjectLiteralExpression | undefined,
  key: string,
): TS.Expression | undefined {
  for (const p of obj?.properties ?? [])
    if (t.isPropertyAssignment(p) && propertyName(t, p) === key) return p.initializer;
  return undefined;
}

export function stringOption(
  t: typeof TS,
  obj: TS.ObjectLiteralExpression | undefined,
  key: string,
): string | undefined {
  const v = option(t, obj, key);
  return v && t.isStringLiteralLike(v) ? v.text : undefined;
}

export function numberOption(
  t: typeof TS,
  obj: TS.ObjectLiteralExpression | undefined,
  key: string,
): number | undefined {
  const v = option(t, obj, key);
  return v && t.isNumericLiteral(v) ? Number(v.text) : undefined;
}
