/**
 * A field's label in a language written without spaces: Chinese, Japanese and Korean schemas label
 * their columns in the documents' language (`student_no varchar(20) COMMENT '学号'`, `COMMENT '会員番号'`).
 * A rule that writes the label ("学号在同一学校内唯一") is about the record that holds the field. Only a
 * label that is the whole comment, in Han, kana or Hangul and two characters at least, is read: a
 * comment that explains ("手机号（AES 加密）", "状态：PENDING/APPROVED") labels nothing.
 */
const LABEL = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc]{2,12}$/u;

/** The label a field's stated description gives it, or null. */
export function fieldLabel(description: string | undefined): string | null {
  const text = description?.trim() ?? '';
  return LABEL.test(text) ? text : null;
}

/** The entities whose labels the text writes, in the order met (each label names one entity). */
export function labelsIn(text: string, labels: readonly { entity: string; name: string }[]): string[] {
  const hits = labels
    .map((l) => ({ entity: l.entity, at: text.indexOf(l.name) }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at || (a.entity < b.entity ? -1 : 1));
  return [...new Set(hits.map((h) => h.entity))];
}
