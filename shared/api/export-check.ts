/**
 * What the chair's window may use of the export's checks. Lint keeps shared/documents out of the renderer (the
 * builders bring the Word library with them, and main builds and checks the documents), so the window takes from
 * here the shapes of what the checks report, and the final-document checklist's few pure lines that the settings
 * screen and the export dialog show as the chair types: none of them needs a document built.
 */
export type { DocumentLeak } from '../documents/guard';
export type { MissingForFinal } from '../documents/final-check';
export { FAMILY_CONTACTS_SECTION, missingHeadline, missingSettingsForFinal } from '../documents/final-check';
