import type { CodeInfo } from './types.js';

/** Diagnostic codes of the config area. Keys are stable: tools and users match on them. */
export const CONFIG_CODES = {
  'config/invalid-yaml': { severity: 'error', description: 'A config file is not valid YAML.' },
  'config/wrong-type': { severity: 'error', description: 'A config key has a value of the wrong type.' },
  'config/not-initialised': {
    severity: 'warning',
    description: 'No config file was found; defaults were used (run `backend-spec init`).',
  },
  'config/unknown-language': {
    severity: 'warning',
    description: 'The documentation language has no message catalog yet; English is used.',
  },
  'config/language-detected': {
    severity: 'info',
    description:
      'No documentation language is set: the spec is written in the language the documents are written in (en, es, pt, fr or de).',
  },
  'config/outside-project': {
    severity: 'error',
    description:
      'A config file points a folder outside the project (`../`, an absolute path); a config alone may never do that, so nothing was written.',
  },
} as const satisfies Record<string, CodeInfo>;
