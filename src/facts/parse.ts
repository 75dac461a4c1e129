import { isNode, LineCounter, parseDocument } from 'yaml';
import factsSchema from '../../schema/facts.schema.json' with { type: 'json' };
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { FactsInput } from './types.js';

export interface ParsedFacts {
  /** Project-relative path of the overlay, as cited in diagnostics. */
  file: string;
  facts: FactsInput;
  /** Line of the node at a path (`['facts', 'entities', 0]`) in the overlay file, 1 when unknown. */
  lineOf(path: readonly (string | number)[]): number;
}

type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};
let validator: Validate | undefined;

/** The overlay's JSON Schema validator (Ajv, draft 2020-12, strict), compiled once and lazily. */
async function validate(): Promise<Validate> {
  if (validator) return validator;
  const { Ajv2020 } = (await import('ajv/dist/2020.js')) as unknown as {
    Ajv2020: new (o: object) => { compile(s: object): Validate };
  };
  validator = new Ajv2020({ strict: true, allErrors: true }).compile(factsSchema);
  return validator;
}

/**
 * Reads the overlay (YAML) and validates it against schema/facts.schema.json. Any schema error
 * rejects the whole file: a half-understood overlay would silently drop facts the author meant.
 */
export async function parseFacts(
  text: string,
  file: string,
): Promise<{ parsed: ParsedFacts | null; diagnostics: Diagnostic[] }> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const bad = (line: number, message: string) =>
    diag('facts/bad-overlay', message, {
      at: { file, line },
      hint: 'run `backend-spec schema facts` for the shape of the overlay',
    });
  if (doc.errors.length > 0)
    return {
      parsed: null,
      diagnostics: doc.errors.map((e) =>
        bad(lineAt(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`),
      ),
    };
  const lineOf = (path: readonly (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  const data = (doc.toJS() ?? {}) as unknown;
  const check = await validate();
  if (!check(data)) {
    const diagnostics = (check.errors ?? []).map((e) => {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
      const extra = e.params?.additionalProperty ? ` ("${String(e.params.additionalProperty)}")` : '';
      return bad(lineOf(path), `${e.instancePath || '/'} ${e.message ?? 'is not valid'}${extra}`);
    });
    return { parsed: null, diagnostics };
  }
  const facts = ((data as { facts?: FactsInput }).facts ?? {}) as FactsInput;
  return { parsed: { file, facts, lineOf }, diagnostics: [] };
}

export { factsSchema };
