/**
 * For the data format page (data-format.mdx): the dataset's JSON Schema, converted from the valibot schema by the
 * same function as the build's dist/twin-dataset.schema.json (scripts/dataset-json-schema.mjs), so the page never
 * differs from the file that ships; and its top-level fields, summarised for a table.
 */
import { DatasetSchema } from '../src/data/schema.js';
import { datasetJsonSchema, type JsonSchema } from '../scripts/dataset-json-schema.mjs';

export const datasetSchema = datasetJsonSchema(DatasetSchema);

/** The schema as it is written to dist/twin-dataset.schema.json. */
export const datasetSchemaText = JSON.stringify(datasetSchema, null, 2);

export interface FieldRow {
  readonly name: string;
  readonly required: boolean;
  /** What the value is, in a few words. */
  readonly value: string;
  /** For a list of objects: the fields of each entry. */
  readonly entryFields: readonly { readonly name: string; readonly required: boolean }[];
}

function describe(schema: JsonSchema): string {
  if (schema.const !== undefined) return `always ${JSON.stringify(schema.const)}`;
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.type === 'array' && schema.items) {
    const of = schema.items.type === 'object' ? 'objects' : `${describe(schema.items)} values`;
    return `a list of ${of}${schema.minItems ? `, at least ${schema.minItems}` : ''}`;
  }
  if (schema.type === 'string') return schema.minLength ? 'a string, not empty' : 'a string';
  return typeof schema.type === 'string' ? `a ${schema.type}` : 'see the schema';
}

/** The dataset's top-level fields, in the schema's order. */
export const topLevelFields: readonly FieldRow[] = Object.entries(datasetSchema.properties ?? {}).map(([name, schema]) => {
  const entry = schema.type === 'array' && schema.items?.type === 'object' ? schema.items : undefined;
  return {
    name,
    required: datasetSchema.required?.includes(name) ?? false,
    value: describe(schema),
    entryFields: Object.keys(entry?.properties ?? {}).map((field) => ({ name: field, required: entry?.required?.includes(field) ?? false })),
  };
});
