/**
 * Words that say a success response body is wrapped (`{ "data": …, "meta": {…} }`, `{ success: true,
 * data }`), in en, es, pt, fr and de, and the words that refuse such a wrapper ("no `{ data }`
 * envelope", "return resources directly"). Read by the success-envelope extractor only.
 */

/** Keys that carry the payload inside a wrapper. */
export const DATA_KEYS = /^(data|result|payload|datos|dados|donnees|données|daten)$/i;

/** A heading or sentence that talks about the shape of responses in general. */
export const RESPONSE_FORMAT =
  /(?<![\p{L}\p{N}])(?:responses?|api response|envelope|wrapper|wrapped|success(?:ful)?|respuestas?|envoltorio|envuelt[ao]s?|envelopad[ao]s?|respostas?|envelope|encapsulad[ao]s?|réponses?|enveloppe|enveloppée?s?|encapsulée?s?|antwort(?:en|format)?|umschlag|verpackt|eingepackt|hülle|éxito|exitosa?s?|sucesso|succès|erfolg(?:reich)?)(?![\p{L}\p{N}])|\bOK\b/iu;

/** A heading or sentence that states the format for every response (not one example). */
export const GENERAL_FORMAT =
  /(?<![\p{L}\p{N}])(?:response format|format of (?:all |the )?responses|(?:all|every) (?:api |success(?:ful)? |json )?responses?|responses? (?:are|is) wrapped|envelope|wrapper|formato de (?:las |la )?respuestas?|todas las respuestas|formato de (?:as |a )?respostas?|todas as respostas|format des réponses|toutes les réponses|format de réponse|antwortformat|alle antworten|jede antwort|format der antworten)(?![\p{L}\p{N}])/iu;

/** A statement that refuses a wrapper or lists it among what not to do. */
export const REFUSED =
  /(?<![\p{L}\p{N}])(?:no(?!\s+(?:formato|padrão|objeto|campo)\b)|not|never|without|don'?t|do not|avoid|anti-?patterns?|directly|unwrapped|sin|nunca|evitar|directamente|sem|nunca|diretamente|sans|jamais|pas de|éviter|directement|kein(?:e|en)?|nie(?:mals)?|ohne|vermeiden|direkt)(?![\p{L}\p{N}])/iu;

/** Values that stand for "the payload goes here" in a general example (`...`, `T`, `{ ... }`). */
export const PLACEHOLDER = /^(?:|T|T\[\]|object|any|unknown|\.\.\.|…)$/;
