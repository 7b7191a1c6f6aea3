/**
 * The tags, sources and captures that exist under content/: the reader's
 * folder listing, no file read. Kept under this name for the tests that
 * build a vocabulary of the real content.
 */
export { listVocabulary as readVocabulary } from '../reader/read-content.ts';
