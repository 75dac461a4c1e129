import type { Lexicon } from './types.js';

/**
 * Vietnamese. Words are written one syllable at a time with spaces between them ("bị loại",
 * "ngoài phạm vi"), so every entry is a phrase of two syllables at least, or one syllable carrying
 * diacritics no other language writes: a bare "loại" ("kind") or "hay" ("or", "good") would match
 * elsewhere. An ADR lists its options under "Phương án đã cân nhắc" and closes each with "— bị loại
 * vì …"; a deferral reads "hoãn sang giai đoạn 2", a stack states what it leaves out under
 * "Không sử dụng".
 */
export const vi: Lexicon = {
  lang: 'vi',
  headings: {
    rejected: [
      'phương án (?:đã |được )?(?:cân nhắc|xem xét)',
      'các phương án(?: khác)?',
      'phương án bị loại',
      'không (?:sử dụng|dùng)',
    ],
    'out-of-scope': ['ngoài phạm vi', 'không thuộc phạm vi'],
    superseded: ['đã bị thay thế', 'không còn dùng'],
    deferred: ['giai đoạn [2-9]', 'phiên bản [2-9]', 'tương lai', 'sau này'],
    undecided: ['câu hỏi mở', 'vấn đề mở', 'chưa quyết định'],
    proposed: ['đề xuất'],
  },
  cells: {
    rejected: ['bị loại', 'loại bỏ', '(?:bị |đã )?từ chối', 'không (?:được )?chọn', 'không (?:sử dụng|dùng)'],
    chosen: [
      'đã chấp nhận',
      'chấp nhận',
      'đã chọn',
      'được chọn',
      'đã duyệt',
      'đang (?:sử dụng|dùng)',
      'đã quyết định',
    ],
    superseded: ['bị thay thế', 'đã thay thế', 'ngừng sử dụng'],
    deferred: [
      'giai đoạn\\s*[2-9]',
      'phiên bản\\s*[2-9]',
      '(?:tạm )?hoãn',
      // "Dự kiến giai đoạn 2" defers; "Dự kiến 2 giờ" (an estimate) does not.
      'dự kiến (?:giai đoạn|phiên bản)\\s*[2-9]',
      'sau này',
      'tương lai',
    ],
    'out-of-scope': ['ngoài phạm vi', 'không thuộc phạm vi'],
    undecided: ['chưa quyết định', 'đang cân nhắc', 'đang xem xét', 'chưa rõ'],
    proposed: ['đề xuất', 'bản nháp', 'khuyến nghị'],
  },
  statusColumns: ['trạng thái', 'quyết định', 'giai đoạn'],
  rejectBefore: ['thay vì', 'thay cho', 'không (?:sử dụng|dùng)'],
  rejectAfter: [
    '(?:(?:đã )?(?:được )?(?:cân nhắc|xem xét),? (?:nhưng|và) )?(?:đã )?(?:bị loại(?: bỏ)?|loại bỏ|bị từ chối)',
    // "Redis không cần thiết", "MongoDB: không dùng nữa"; never "Celery không dùng RabbitMQ" (Celery
    // does not use RabbitMQ), where the name is the subject of an active verb with its object.
    '(?:thì )?không (?:được )?(?:sử dụng|dùng|cần(?: thiết)?)(?=\\s*(?:[.;,)]|$)|\\s+(?:nữa|trong|ở|vì|do|cho)(?!\\p{L}))',
  ],
  supersededAfter: ['(?:được|bị) thay (?:thế )?(?:bằng|bởi)', 'ngừng sử dụng'],
  chooseVerbs: ['chọn', 'lựa chọn', 'sử dụng', 'dùng'],
  over: ['thay vì'],
  deferred: [
    '(?:tạm )?hoãn(?: lại)?(?: (?:sang|đến|tới))?(?: giai đoạn [2-9]| phiên bản [2-9])?',
    '(?:dự kiến )?(?:trong |ở )?(?:giai đoạn|phiên bản) [2-9]',
    'khi cần',
    'sau này',
    'trong tương lai',
    'tùy chọn',
  ],
  undecided: ['chưa quyết định', 'chưa xác định', 'cần xác nhận'],
  outOfScope: ['ngoài phạm vi', 'không thuộc phạm vi'],
  proposed: ['đề xuất', 'khuyến nghị'],
  examples: ['ví dụ', 'chẳng hạn', 'như là'],
  or: ['hoặc'],
  modality: {
    must: ['phải', 'bắt buộc'],
    should: ['nên'],
    may: ['có thể', 'được phép', 'tùy chọn'],
  },
  negation: ['không', 'chưa', 'chẳng', 'không bao giờ'],
};
