import { it } from 'vitest';
import { findMeasures } from '../../src/knowledge/durations.js';
it('x', () => {
for (const s of ['login: 5 attempts per 15 minutes', 'POST /auth/login limited to 10/min', 'máximo 5 intentos cada 15 minutos', '10 requisições por minuto', 'limité à 10 requêtes par minute', 'höchstens 5 Versuche pro 15 Minuten', '100 req/min', '5 tentativas por 15 minutos', '20 per hour per user','| POST /auth/login | 5 / 15 min |','3 Anfragen pro Stunde', '60 requests per minute'])
  console.log(s, '=>', JSON.stringify(findMeasures(s).map(m=>[m.dimension,m.value,m.text])));
});
