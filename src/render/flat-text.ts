/**
 * `text`, made flat now. A string built by `+=` (or one big string with a line appended) is kept by
 * V8 as a tree of its pieces until it is first read whole: for a 1,000-entity OpenAPI document
 * about 2.4 million nodes (76 MB), read when the output set was written, beside every other
 * artifact and the copy flattening makes. Reading it here (a conversion to a number reads the whole
 * string and stops at its first letter) frees the tree while the other artifacts are rendered
 * (issue 19). The text is the same string either way.
 */
export function flatText(text: string): string {
  Number(text);
  return text;
}
