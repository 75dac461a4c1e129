import { describe, expect, it } from 'vitest';
import { intentsOf, navigationTarget } from '../../src/read/story-words.js';

/** Paging, scrolling, navigating to and accessing a view are reads of what the user goes to. */
describe('navigation and paging read as views', () => {
  it.each([
    ['en', 'paginate or infinite-scroll through conversations sorted by most recent activity'],
    ['en', 'access the conversation monitoring view'],
    ['es', 'acceder a las conversaciones del cliente'],
    ['pt', 'acessar as conversas do cliente'],
    ['fr', 'naviguer dans les conversations'],
    ['de', 'durch die Gespräche blättern'],
  ])('%s: "%s" is a view', (_lang, action) => {
    expect(intentsOf(action).map((i) => i.kind)).toContain('view');
  });

  it.each([
    [
      'en',
      "navigate from a customer's record to their associated conversations",
      'their associated conversations',
    ],
    ['es', 'navegar desde el cliente hasta sus conversaciones', 'sus conversaciones'],
    ['fr', 'naviguer depuis la fiche client vers ses conversations', 'ses conversations'],
    ['de', 'von der Kundenakte zu den Gesprächen navigieren', 'den Gesprächen'],
  ])('%s: the object of "%s" is where the user goes', (_lang, action, target) => {
    expect(navigationTarget(action)).toBe(target);
  });

  it('reads metrics in French as a statistic, not a list of records', () => {
    expect(intentsOf("accéder aux métriques d'activité de la plateforme").map((i) => i.kind)).toEqual([
      'analytics',
    ]);
  });
});
