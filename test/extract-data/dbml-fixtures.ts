/**
 * DBML blocks covering the syntax of https://dbml.dbdiagram.io/docs, each a whole ```dbml fence:
 * every column setting, index forms, every Ref form and action, enums with notes, schemas, quoted
 * names, notes, defaults of every kind, aliases, partials, checks, records and broken blocks.
 * fixtures/dbml-facts.json holds what the extractor reads from each (dbml-facts.test.ts). It was
 * first recorded with the legacy @dbml/core reader; the @dbml/parse reader differs only where the
 * legacy one was wrong or could not parse (aliases resolved, the column holding an inline `-` ref
 * holds the key, partials, checks, sticky notes, `>?` and upper-case settings read; a single-quoted
 * string across lines refused, as the docs say).
 */
export const DBML_FIXTURES: Record<string, string> = {
  columnSettings: `Table users {
  id integer [primary key, increment]
  email varchar(255) [unique, not null, note: 'login name']
  nickname varchar(40) [null]
  age int [not null, default: 18]
  score decimal(10,2) [default: 1.5]
  negative int [default: -3]
  status varchar [default: 'active']
  quoted_default varchar [default: "double"]
  created_at timestamp [default: \`now()\`]
  is_admin boolean [default: false]
  is_ok bool [default: true]
  deleted_at timestamp [default: null]
  bio text [note: '''multi
  line''']
  code char(3) [pk]
}`,

  singleQuotedNewline: `Table a {
  id int [pk]
  bio text [note: 'multi
line']
}

Table b {
  id int [pk]
}`,

  compositeIndexes: `Table bookings {
  id integer
  country varchar
  booking_date date
  created_at timestamp

  indexes {
    (id, country) [pk]
    created_at [name: 'created_at_index', note: 'Date']
    booking_date
    (country, booking_date) [unique]
    booking_date [type: hash]
    (\`id*2\`)
    (\`id*3\`,\`getdate()\`)
    (\`id*3\`,id)
  }
}`,

  refForms: `Table users {
  id int [pk]
}

Table posts {
  id int [pk]
  user_id int
  editor_id int
}

Table profiles {
  id int [pk]
  user_id int
}

Table tags {
  id int [pk]
}

Table notes {
  id int [pk]
  post_id int
}

Ref: posts.user_id > users.id
Ref: users.id < posts.editor_id
Ref: profiles.user_id - users.id
Ref: posts.id <> tags.id
Ref named_ref: notes.post_id > posts.id [delete: set null, update: cascade]`,

  refLongForm: `Table a {
  id int [pk]
  b_id int
}

Table b {
  id int [pk]
}

Ref fk_ab {
  a.b_id > b.id [delete: restrict]
}`,

  inlineRefs: `Table countries {
  code char(2) [pk]
}

Table cities {
  id int [pk]
  country_code char(2) [ref: > countries.code]
}

Table mayors {
  id int [pk]
  city_id int [ref: - cities.id, unique]
}

Table cities_reverse {
  id int [pk]
  partner_id int [ref: < cities.id]
}`,

  deleteActions: `Table p {
  id int [pk]
}

Table c1 {
  id int [pk]
  p_id int
}

Table c2 {
  id int [pk]
  p_id int
}

Table c3 {
  id int [pk]
  p_id int
}

Table c4 {
  id int [pk]
  p_id int
}

Table c5 {
  id int [pk]
  p_id int
}

Ref: c1.p_id > p.id [delete: cascade]
Ref: c2.p_id > p.id [delete: restrict]
Ref: c3.p_id > p.id [delete: set null]
Ref: c4.p_id > p.id [delete: no action]
Ref: c5.p_id > p.id [delete: set default]`,

  compositeRef: `Table merchants {
  id int
  country_code int

  indexes {
    (id, country_code) [pk]
  }
}

Table merchant_periods {
  id int [pk]
  merchant_id int
  country_code int
}

Ref: merchant_periods.(merchant_id, country_code) > merchants.(id, country_code)`,

  enums: `Enum job_status {
  created [note: 'Waiting to be processed']
  running
  done
  "in review"
}

Enum core.visibility {
  public
  private
}

Table jobs {
  id int [pk]
  status job_status [not null, default: 'created']
  visibility core.visibility
}`,

  schemas: `Table core.users {
  id int [pk]
  name varchar
}

Table billing.invoices {
  id int [pk]
  user_id int [ref: > core.users.id]
}

Ref: billing.invoices.id - core.users.id`,

  quotedNames: `Table "order items" {
  "item id" int [pk]
  "order" int [not null]
  qty int
}

Table "Orders" {
  id int [pk]
}

Ref: "order items"."order" > "Orders".id`,

  notes: `Project shop {
  database_type: 'PostgreSQL'
  Note: 'A shop'
}

Table products [note: 'Things we sell'] {
  id int [pk]
  name varchar [note: 'Display name']
}

Table stock {
  id int [pk]
  Note: '''
  Stock per warehouse.
  Updated nightly.
  '''
}

Note about_stock {
  'Sticky note'
}`,

  aliases: `Table very_long_user_table as U {
  id int [pk]
}

Table posts as P {
  id int [pk]
  author_id int
}

Ref: P.author_id > U.id`,

  tablePartial: `TablePartial base_template [headerColor: #ff0000] {
  id int [pk, not null]
  created_at timestamp [default: \`now()\`]
  updated_at timestamp [default: \`now()\`]
}

TablePartial email_index {
  email varchar [unique]

  indexes {
    email [unique]
  }
}

Table users {
  ~base_template
  ~email_index
  name varchar
  role varchar
}`,

  settingsAndGroups: `Table users [headercolor: #3498DB] {
  id int [pk]
  name varchar [not null]
}

Table roles {
  id int [pk]
}

TableGroup access {
  users
  roles
}`,

  checks: `Table products {
  id int [pk]
  price decimal [check: \`price > 0\`]

  checks {
    \`price < 1000\` [name: 'price_cap']
  }
}`,

  typesAndArrays: `Table t {
  id uuid [pk]
  tags "text[]"
  payload jsonb
  amount numeric(12, 2)
  starts timestamptz
  ip inet
  kind varchar(20)
}`,

  brokenMiddle: `Table a {
  id int [pk]
}

Table b {
  id int [pk
}

Table c {
  id int [pk]
}`,

  brokenRef: `Table a {
  id int [pk]
}

Ref: a.id > nowhere.id

Table c {
  id int [pk]
}`,

  brokenTwo: `Table a {
  id int [pk]
  x int [unknownsetting]
}

Table b {
  id int [pk]
}

Table c {
  id int [pk]
  name varchar [default: ]
}

Table d {
  id int [pk]
}`,

  duplicateTable: `Table a {
  id int [pk]
}

Table a {
  id int [pk]
}

Table b {
  id int [pk]
}`,

  undefinedColumnRef: `Table a {
  id int [pk]
  b_id int
}

Table b {
  id int [pk]
}

Ref: a.missing > b.id`,

  multipleRefsSameColumn: `Table a {
  id int [pk]
  b_id int [ref: > b.id]
}

Table b {
  id int [pk]
}

Ref: a.b_id > b.id [delete: cascade]`,

  optionalRelations: `Table users {
  id int [pk]
}

Table posts {
  id int [pk]
  reviewer_id int [ref: >? users.id]
  author_id int
}

Ref: posts.author_id ?> users.id`,

  mixedSchemas: `Table audit.events {
  id int [pk]
  user_id int
}

Table users {
  id int [pk]
}

Enum audit.kind {
  login
  logout
}

Table core.sessions {
  id int [pk]
  kind audit.kind
}

Ref: audit.events.user_id > users.id`,

  partialRefs: `TablePartial owned {
  owner_id int [ref: > owners.id, not null]
  Note: 'Owned by someone'
}

Table owners {
  id int [pk]
}

Table pets {
  id int [pk]
  ~owned
  name varchar
}

Table cars {
  ~owned
  id int [pk]
  owner_id bigint
  Note: 'Own note wins'
}`,

  records: `Table statuses {
  id int [pk]
  name varchar
}

Records statuses(id, name) {
  1, 'open'
  2, 'closed'
}`,

  lowercaseKeywords: `table lower_case {
  id int [PK, INCREMENT]
  n varchar [NOT NULL, UNIQUE]
}

ref: lower_case.id > other.id

table other {
  id int [pk]
}`,
};
