/**
 * Who runs this archive. The Impressum shows these; until the operator fills
 * them in, it says that they are missing instead of showing invented ones.
 */
export const OPERATOR: { name?: string; address?: string[]; email?: string } = {};
