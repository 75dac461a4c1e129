/**
 * Schema files a planning document points to (`priv/repo/migrations/`, `db/schema.rb`,
 * `prisma/schema.prisma`, `db/migration/V1__init.sql`) are read as one code block of their notation,
 * the fence language taken from the file extension: the notation readers of extract then treat them
 * exactly as the same text pasted into a fenced block of a document.
 */
const FENCE_OF_EXTENSION: Record<string, string> = {
  sql: 'sql',
  prisma: 'prisma',
  dbml: 'dbml',
  exs: 'elixir',
  ex: 'elixir',
  rb: 'ruby',
  py: 'python',
  php: 'php',
  kt: 'kotlin',
  cs: 'csharp',
  go: 'go',
  ts: 'typescript',
  js: 'javascript',
};

/** The fence language of a schema file by its extension, or null when the file is not one. */
export function codeFenceOf(file: string): string | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || file.lastIndexOf('/') > dot) return null;
  return FENCE_OF_EXTENSION[file.slice(dot + 1).toLowerCase()] ?? null;
}
