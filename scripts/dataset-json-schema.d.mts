import type { GenericSchema } from 'valibot';

/** A JSON Schema document (draft-07), as far as its readers here look into it. */
export interface JsonSchema {
  readonly [key: string]: unknown;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minItems?: number;
  readonly minLength?: number;
}

/** The JSON Schema document for `DatasetSchema` (from src/data/schema.ts). */
export function datasetJsonSchema(DatasetSchema: GenericSchema): JsonSchema;
