/**
 * Shapes of requests and responses are API contracts, not stored entities: `CreateTaskRequest`,
 * `UserResponse`, `OrderDto`. Shared by every code notation that might otherwise read them as tables.
 */
export const NOT_ENTITY =
  /.(Request|Response|Input|Payload|Params|Query|Dto|DTO|Body|Form|Props|Filters?|Args|Config|Env|Options)$/;

/**
 * The names FastAPI and SQLModel give to a model's API shapes (`HeroBase`, `HeroCreate`,
 * `HeroPublic`, `HeroUpdate`, `UserIn`, `UserOut`, `ItemRead`, `TokenSchema`): contracts, not tables.
 */
export const CONTRACT_NAME =
  /.(Create|Update|Patch|Read|Public|Base|In|Out|Schema|Schemas|List|Detail|Summary|Page|Result|Results)$/;
