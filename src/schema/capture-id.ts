/**
 * The form of a capture id (docs/editors.md, "Capture ids"): a sequence number of
 * three or more digits, an underscore and 16 hex digits ("005_3f1c…"). The
 * id is the article's permanent address (/a/<id>/) and a file name under
 * content/captures/, so nothing else may pass: an id like ".." would name a
 * folder above dist/a/.
 */
export const CAPTURE_ID = /^(\d{3,})_([0-9a-f]{16})$/;

/** The error text for an id of another form. */
export const CAPTURE_ID_RULE =
  'a capture id is a number of three or more digits, an underscore and 16 hex digits ("005_3f1c0a9b2d4e6f80"; docs/editors.md, "Capture ids")';
