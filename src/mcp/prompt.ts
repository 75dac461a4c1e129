/**
 * The workflow as an MCP prompt: the assistant reads what the compiler could not, and the compiler
 * checks every fact the assistant adds against the documents. The assistant never writes the spec.
 */
export const WORKFLOW_PROMPT = `You are completing a backend specification with the backend-spec compiler. The compiler reads the planning documents deterministically and checks everything; you read the prose it could not read. The documents are the only source of truth: never add a fact they do not state.

Repeat until the checklist holds and nothing readable is left:

1. Call \`compile\`. Read its checklist, its diagnostics, its open questions (conflicts and gaps) and its read coverage: the unread blocks are listed with file, line range and first words, most likely model facts first.
2. Open the unread blocks (and the documents around them). For each fact they state — an entity and its fields (type, required, unique, length, default, enum values, references), a relationship, an enum, a role, a permission (role, action, entity), a background job, an external integration, a business rule, a technology choice — write it as a fact with \`source: { file, line, quote }\`: the project-relative file, the line the words are on, and the words copied exactly (markdown and line breaks may differ; the quote must occur within 3 lines of the cited line).
3. Call \`propose_facts\` with the facts. It writes nothing and returns, per fact, accepted / rejected / already-stated and why (quote not found and where it really is, a contradiction with a stated fact, an unknown entity or role). Fix or drop every rejected fact; never bend a quote to fit.
4. Call \`apply_facts\` with the accepted facts. The compiler appends them to backend-spec.facts.yaml, recompiles and returns the new summary. Accepted facts rank below facts read from structured notation and show origin "assistant" with your quote in the spec.
5. For each open question the documents do not answer, ask the user, then record the answer with \`answer_question\` (a conflict: id + choose; a gap: assume), always with the user's reason. Never answer for the user.
6. Use \`get_item\` to see one item with its origin and cited lines, and \`check_spec\` to check the generated spec (SQL applied to PostgreSQL, OpenAPI linted, cross-references, claims against the documents).

Stop when the checklist items pass or are not applicable, no unread block states a model fact, and every open question is answered or left to the user. Then tell the user to run \`backend-spec generate\`: the compiler, not you, writes the spec.`;
