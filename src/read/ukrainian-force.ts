import { rewrittenIn } from './force-words.js';

/**
 * A letter only Ukrainian writes among the Cyrillic languages read (і, ї, є, ґ): Russian text has
 * none, so no Russian rule is rewritten here.
 */
const UKRAINIAN_TEXT = /[іїєґІЇЄҐ]/u;

const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const w = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

/**
 * Ukrainian force words in the English the rule readers weigh, as for Greek: "ПОВИНЕН / ПОВИННА /
 * ПОВИННІ" (must), "не може" (cannot), "не більше 2" (at most), "щонайменше 15" (at least), "від 1 до
 * 50" (between), "протягом 5 днів" (within), "автоматично" (automatically), "ніколи не видаляються"
 * (are never deleted). Nouns inflect by case and number ("день", "дні", "днів"), so units are read by
 * their stems; durations become English units. Only text with at least two words in Ukrainian
 * letters is rewritten.
 */
const UKRAINIAN = (): [RegExp, string][] => [
  [/(?<!\p{L})від\s+(\d+)\s+до\s+(\d+)(?!\d)/giu, 'between $1 and $2'],
  [w('(?:система|застосунок|сервер|сервіс)\\s+(?:повин(?:ен|на|но|ні)|мусить)'), 'the system must'],
  [w('не\\s+(?:може|можуть|можна|повин(?:ен|на|но|ні))'), 'must not'],
  [w('заборонено'), 'is not allowed'],
  [w('повин(?:ен|на|но|ні)\\s+мати\\s+змогу'), 'must be able to'],
  [w("повин(?:ен|на|но|ні)|мусить|мусять|зобов['’]язан\\p{L}*"), 'must'],
  [w('одночасно'), 'at a time'],
  [w('мінімальн\\p{L}*'), 'minimum'],
  [w('максимальн\\p{L}*'), 'maximum'],
  [w('може\\s+мати|можуть\\s+мати'), 'can have'],
  [w('може|можуть'), 'can'],
  [w('не\\s+більше(?:\\s+ніж)?|щонайбільше|максимум|не\\s+понад'), 'at most'],
  [w('щонайменше|не\\s+менше(?:\\s+ніж)?|мінімум|принаймні'), 'at least'],
  [w('до'), 'up to'],
  [w('рівно\\s+(?:один|одна|одне)'), 'exactly one'],
  [w('унікальн\\p{L}*'), 'unique'],
  [w('протягом|впродовж|у\\s+межах'), 'within'],
  [w('лише|тільки'), 'only'],
  [w('на\\s+(?:одного|одну|один|кожного|кожну|кожен)'), 'per'],
  [w('кож(?:ен|на|не|ного|ної|ну|ні)'), 'each'],
  [w('автоматично'), 'automatically'],
  [w('видаляються|видаляється|видаляти'), 'are deleted'],
  [w('скасовуються|скасовується'), 'are cancelled'],
  [w('спливає|спливають|закінчується'), 'expires'],
  [w('блокується|блокуються'), 'is locked'],
  [w('перед'), 'before the'],
  [w('після'), 'after the'],
  [w('ніколи'), 'never'],
  [w('не'), 'not'],
  [/(\d+)\s*секунд\p{L}*/giu, '$1 seconds'],
  [/(\d+)\s*хвилин\p{L}*/giu, '$1 minutes'],
  [/(\d+)\s*годин\p{L}*/giu, '$1 hours'],
  [/(\d+)\s*(?:днів|дні|дня|день|доб\p{L}*)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*тиж(?:день|ні|нів|ня)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*місяц\p{L}*/giu, '$1 months'],
  [/(\d+)\s*(?:рок(?:и|ів|у)?|рік)(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*символ\p{L}*/giu, '$1 characters'],
];

/** Words in Cyrillic letters. */
const CYRILLIC_TEXT = /\p{Script=Cyrillic}+/gu;

/**
 * A short rule may have one word with a Ukrainian letter only ("Громада може мати не більше 2 …"):
 * one such word among two Cyrillic words at least makes the text Ukrainian.
 */
export const ukrainianForce = (text: string): string =>
  UKRAINIAN_TEXT.test(text) ? rewrittenIn(text, CYRILLIC_TEXT, UKRAINIAN) : text;
