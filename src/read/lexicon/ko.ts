import type { Lexicon } from './types.js';

/**
 * Korean. Words are separated by spaces, but particles and endings are written onto the word
 * ("MongoDB는", "기각했다", "채택하지 않는다"): an entry names the stem with the endings it takes
 * (`\p{sc=Hangul}*` after a noun of decision), and the rejecting and deferring words are read before
 * the choosing ones ("채택" is inside "채택하지 않음"). Verbs come last: a verdict stands after the
 * name it judges ("MongoDB: 기각", "Firebase는 보류", "A 대신 B"). "X는 사용하지 않는다" is left out: a
 * later increment often reverses it (encar-demo's Supabase Storage), and "not used here" is no verdict.
 */
const H = '\\p{sc=Hangul}*';
export const ko: Lexicon = {
  lang: 'ko',
  headings: {
    rejected: [
      `검토했으나 (?:채택하지 않은|채택되지 않은) ${H}`,
      `(?:기각|불채택)(?:된|한)? ?(?:대안|안|기술|선택지|옵션)`,
      `채택하지 않은 ${H}`,
      '검토한 대안',
      '대안 검토',
    ],
    'out-of-scope': ['범위 ?(?:외|밖)', '제외 (?:범위|항목|사항)', '비목표', '범위에서 제외'],
    superseded: ['폐기(?:된)? ?(?:결정|방침)', '대체된 (?:결정|방침)'],
    deferred: [
      '향후 (?:계획|과제|확장|로드맵)',
      '[2-9] ?단계',
      '[2-9]차 (?:개발|범위|릴리스)',
      '로드맵',
      '추후 (?:과제|검토)',
    ],
    undecided: [
      '미결 ?(?:사항|과제)',
      '미해결 (?:문제|질문|과제)',
      '열린 질문',
      '결정 필요 사항',
      '추가 검토 사항',
    ],
    proposed: ['제안'],
  },
  cells: {
    rejected: ['기각', '불채택', '채택하지 않음', '채택 안 ?함', '미채택', '반려', '탈락'],
    chosen: ['채택', '결정', '확정', '승인', '사용 중', '적용'],
    superseded: ['폐기', '대체됨', '사용 중단'],
    deferred: ['보류', '연기', '향후', '추후', '[2-9] ?단계', '[2-9]차'],
    'out-of-scope': ['범위 ?(?:외|밖)', '제외'],
    undecided: ['미정', '미결정', '검토 ?중', '논의 ?중'],
    proposed: ['제안', '권장', '초안'],
  },
  statusColumns: ['상태', '결정', '결론', '채택 ?여부', '단계'],
  rejectBefore: [],
  rejectAfter: [
    `(?:은|는|도|을|를)?\\s*(?:검토했으나\\s*)?(?:기각${H}|불채택${H}|채택하지\\s*않${H})`,
    '(?:을|를)?\\s*대신(?:하여|해서|에)?',
  ],
  supersededAfter: [
    `(?:으로|로|에서)\\s*(?:대체|교체|이전)(?:되었다|됐다|됨|한다|했다)`,
    `(?:은|는)?\\s*폐기${H}`,
  ],
  chooseVerbs: [],
  over: [],
  deferred: [
    '보류',
    '[2-9] ?단계',
    '[2-9]차 (?:개발|릴리스|범위)',
    '향후',
    '추후',
    '필요 ?시',
    '필요하면',
    '다음 버전',
  ],
  undecided: ['미정', '미결정', '검토 ?중', '결정 필요'],
  outOfScope: ['범위 ?(?:외|밖)', '범위에 포함하지 않', '범위에서 제외'],
  proposed: ['을 제안한다', '를 제안한다', '권장한다'],
  examples: ['예를 들어', '예:', '예시:'],
  or: ['또는', '혹은'],
  modality: {
    must: ['해야 한다', '하여야 한다', '필수', '반드시'],
    should: ['하는 것이 좋다', '바람직하다', '권장'],
    may: ['할 수 있다', '가능하다', '수 있다'],
  },
  negation: ['않는다', '않음', '없다', '불가', '못한다'],
};
