import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 2: Django and Tortoise set an `auto_now_add`/`auto_now` field themselves (Django
// makes it `editable=False`), yet buchfink's `angemeldetAm`, `vorgemerktAm`, `ausgeliehenAm` and
// verema's `registradaEl`, `emesaEl` were asked of the client. The line that declares it says the
// server sets it. And a status column named in Catalan (`estat`) or Czech (`stav`) with a default, on
// a record that stated actions move, stayed in the create body: only English, Spanish, French,
// German, Italian, Portuguese and Hungarian names were known as status columns.

function project(models: string, routes: string): Record<string, string> {
  return {
    '/p/docs/prd.md': '# PRD\n\nThe service keeps the parcels of a courier depot.\n',
    '/p/docs/architecture.md': `# Architecture

The service keeps the parcels of a courier depot in PostgreSQL.

Roles: clerk, admin.

\`\`\`python
${models}
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
${routes}
`,
  };
}

const DJANGO = `from django.db import models


class Parcel(models.Model):
    tracking_label = models.CharField(max_length=40)
    weight_grams = models.IntegerField()
    received_on_site = models.DateTimeField(auto_now_add=True)
    touched = models.DateTimeField(auto_now=True)
    promised_for = models.DateField()`;

const TORTOISE = `from enum import Enum
from tortoise import fields
from tortoise.models import Model


class EstatPaquet(str, Enum):
    REBUT = "rebut"
    LLIURAT = "lliurat"


class Paquet(Model):
    id = fields.IntField(pk=True)
    etiqueta = fields.CharField(max_length=40)
    estat = fields.CharEnumField(EstatPaquet, max_length=10, default=EstatPaquet.REBUT)
    arribat_el = fields.DatetimeField(auto_now_add=True)
    previst_per = fields.DateField()

    class Meta:
        table = "paquets"`;

const bodyOf = async (files: Record<string, string>, table: string) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
  const spec = r.spec!;
  const entity = spec.endpoints.find((e) => e.method === 'POST' && e.path === `/${table}`)!.entity!;
  return { spec, entity, create: entitySchemas(spec, 'offset')[`${entity}Create`]! };
};

describe('fields the ORM sets and statuses in other languages stay out of create bodies', {
  timeout: 120_000,
}, () => {
  it('Django: auto_now_add and auto_now are the server’s, cited at their line', async () => {
    const { spec, entity, create } = await bodyOf(
      project(
        DJANGO,
        '| POST | /parcels | clerk | Register a parcel |\n| GET | /parcels/{id} | clerk | A parcel |',
      ),
      'parcels',
    );
    const props = Object.keys(create.properties ?? {});
    expect(props).not.toContain('receivedOnSite');
    expect(props).not.toContain('touched');
    // A date the clerk chooses stays.
    expect(props).toEqual(expect.arrayContaining(['trackingLabel', 'weightGrams', 'promisedFor']));
    expect(spec.serverSetFields).toContainEqual({
      entity,
      field: 'receivedOnSite',
      rule: 'stated',
      source: { file: 'docs/architecture.md', line: 14 },
    });
  });

  it('Tortoise (ca): auto_now_add, and `estat` with a default moved by an action', async () => {
    const { create } = await bodyOf(
      project(
        TORTOISE,
        '| POST | /paquets | clerk | Registra un paquet |\n| POST | /paquets/{id}/lliurament | clerk | Lliura el paquet |',
      ),
      'paquets',
    );
    const props = Object.keys(create.properties ?? {});
    expect(props).not.toContain('arribatEl');
    expect(props).not.toContain('estat');
    expect(props).toEqual(expect.arrayContaining(['etiqueta', 'previstPer']));
  });
});
