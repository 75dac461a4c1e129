import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** A small project whose data model is stated only in prose, in Spanish (PRD) and French (architecture). */
export const PRD = `# Documento de requisitos

## Inventario

Un **Producto** tiene un nombre único de hasta 120 caracteres y una categoría.
Cada Activo pertenece a un Producto y tiene un número de serie único.
El estado de un activo es Disponible, Prestado o Retirado.

## Roles

- Administrador: gestiona usuarios y catálogos.
- Lector: solo consulta el inventario.

Los técnicos de soporte registran los préstamos.
`;

export const ARCH = `# Architecture

## Pile technique

- Base de données : PostgreSQL 16
- Framework : Laravel 11
- MongoDB a été écarté : nos données sont relationnelles.

## Travaux planifiés

Chaque nuit, une tâche purge la corbeille des éléments supprimés depuis plus de 30 jours.
`;

export const FACTS_PATH = '/p/docs/technical/backend-spec.facts.yaml';

export async function compileWith(facts: string | null) {
  const files: Record<string, string> = { '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH };
  if (facts !== null) files[FACTS_PATH] = facts;
  return compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
}
