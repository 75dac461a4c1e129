/**
 * Libraries a backend sends through, never a service it integrates with: mailers that hand the
 * message to a provider ("E-mail | Postmark | via Swoosh") and HTTP clients that call one ("via
 * Tesla", "via Guzzle"). A document naming one names code inside the project, so it is never an
 * external integration with endpoints, credentials or a delivery job of its own.
 */
const CLIENT_LIBRARY =
  /^(?:swoosh|bamboo|nodemailer|action ?mailer|symfony mailer|phpmailer|swiftmailer|mailkit|(?:django-)?anymail|flask-mail|spring mail|java ?mail|jakarta mail|laravel mail|tesla|httpoison|finch|req|axios|got|ky|faraday|httparty|guzzle|okhttp|retrofit|httpx|requests|aiohttp|resty|ueberauth|guardian|pow|phx\.gen\.auth)$/i;

export const isClientLibrary = (name: string): boolean => CLIENT_LIBRARY.test(name.trim());
