/**
 * A parser's answer per fence text, for parsers whose result depends on the text alone and is only
 * read (TypeScript's source file, prisma-ast's list): the same fence pasted again — the same
 * interface in the architecture and the data model, a snippet repeated section after section —
 * is parsed once. What was thrown is thrown again. Bounded: a document of thousands of distinct
 * fences empties the memo instead of keeping every tree.
 */
export class ParseMemo<T> {
  private readonly answers = new Map<string, { value: T } | { thrown: unknown }>();

  constructor(private readonly limit = 256) {}

  get(text: string, parse: (text: string) => T): T {
    let answer = this.answers.get(text);
    if (!answer) {
      try {
        answer = { value: parse(text) };
      } catch (e) {
        answer = { thrown: e };
      }
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(text, answer);
    }
    if ('thrown' in answer) throw answer.thrown;
    return answer.value;
  }
}
