/**
 * The roles a participant of an agreement may have (schema version 1). Apart from the schema so that an element
 * can name them without importing valibot, which only the validator (loaded on demand) needs.
 */
export const ParticipantRoles = ['signatory', 'speaker', 'witness', 'host'] as const;
export type ParticipantRole = (typeof ParticipantRoles)[number];
