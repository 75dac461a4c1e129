import type { ServiceMethod } from '../../../../model/spec/api.js';

/**
 * A service method's signature in the backend's stated language. The Spec writes each parameter and
 * result as a TypeScript type (`Promise<Loan>`, `{ limit?: number }`, `Record<string, unknown>`);
 * Kotlin, Java, Python, Go and C# get their own form, with an inline object type named after the
 * method (`ListToolsQuery`); any other stated language a neutral form (`name(param: Type) → Result`).
 */
export type SignatureLanguage = 'TypeScript' | 'Kotlin' | 'Java' | 'Python' | 'Go' | 'C#' | 'neutral';

export function signatureLanguage(stated: string | undefined): SignatureLanguage {
  switch (stated) {
    case undefined:
    case 'TypeScript':
    case 'JavaScript':
      return 'TypeScript';
    case 'Kotlin':
    case 'Java':
    case 'Python':
    case 'Go':
    case 'C#':
      return stated;
    default:
      return 'neutral';
  }
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const SCALARS: Record<Exclude<SignatureLanguage, 'TypeScript' | 'neutral'>, Record<string, string>> = {
  Kotlin: {
    string: 'String',
    number: 'Int',
    boolean: 'Boolean',
    void: 'Unit',
    unknown: 'Any?',
    map: 'Map<String, Any?>',
  },
  Java: {
    string: 'String',
    number: 'int',
    boolean: 'boolean',
    void: 'void',
    unknown: 'Object',
    map: 'Map<String, Object>',
  },
  Python: {
    string: 'str',
    number: 'int',
    boolean: 'bool',
    void: 'None',
    unknown: 'Any',
    map: 'dict[str, Any]',
  },
  Go: { string: 'string', number: 'int', boolean: 'bool', void: '', unknown: 'any', map: 'map[string]any' },
  'C#': {
    string: 'string',
    number: 'int',
    boolean: 'bool',
    void: 'void',
    unknown: 'object',
    map: 'Dictionary<string, object>',
  },
};

function typeIn(
  lang: Exclude<SignatureLanguage, 'TypeScript' | 'neutral'>,
  ts: string,
  method: string,
): string {
  const t = ts.trim();
  const s = SCALARS[lang];
  const promise = /^Promise<(.+)>$/.exec(t);
  if (promise) return typeIn(lang, promise[1]!, method);
  if (t.startsWith('{')) return `${pascal(method)}Query`;
  if (/^Record<string,\s*\w+>$/.test(t)) return s.map!;
  if (/^"[^"]*"(?:\s*\|\s*"[^"]*")*$/.test(t)) return s.string!;
  const list = /^(\w+)\[\]$/.exec(t);
  if (list) {
    const item = typeIn(lang, list[1]!, method);
    return lang === 'Python' ? `list[${item}]` : lang === 'Go' ? `[]${item}` : `List<${item}>`;
  }
  return s[t] ?? t;
}

export function signature(m: ServiceMethod, lang: SignatureLanguage): string {
  const params = m.params;
  switch (lang) {
    case 'TypeScript':
      return `${m.name}(${params.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${m.returns}`;
    case 'Kotlin':
      return `fun ${m.name}(${params.map((p) => `${p.name}: ${typeIn(lang, p.type, m.name)}`).join(', ')}): ${typeIn(lang, m.returns, m.name)}`;
    case 'Java':
      return `${typeIn(lang, m.returns, m.name)} ${m.name}(${params.map((p) => `${typeIn(lang, p.type, m.name)} ${p.name}`).join(', ')})`;
    case 'Python':
      return `def ${snake(m.name)}(${params.map((p) => `${snake(p.name)}: ${typeIn(lang, p.type, m.name)}`).join(', ')}) -> ${typeIn(lang, m.returns, m.name)}`;
    case 'Go': {
      const result = typeIn(lang, m.returns, m.name);
      const args = ['ctx context.Context', ...params.map((p) => `${p.name} ${typeIn(lang, p.type, m.name)}`)];
      return `${pascal(m.name)}(${args.join(', ')}) ${result ? `(${result}, error)` : 'error'}`;
    }
    case 'C#': {
      const result = typeIn(lang, m.returns, m.name);
      const task = result === 'void' ? 'Task' : `Task<${result}>`;
      return `${task} ${pascal(m.name)}Async(${params.map((p) => `${typeIn(lang, p.type, m.name)} ${p.name}`).join(', ')})`;
    }
    case 'neutral': {
      const plain = (t: string) => {
        const inner = /^Promise<(.+)>$/.exec(t.trim())?.[1] ?? t.trim();
        return inner.startsWith('{') ? `${pascal(m.name)}Query` : inner;
      };
      return `${m.name}(${params.map((p) => `${p.name}: ${plain(p.type)}`).join(', ')}) → ${plain(m.returns)}`;
    }
  }
}
