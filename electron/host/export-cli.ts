/**
 * `npm run export -- <conference-file.json> --out <dir>`: writes the documents from a plain conference file.
 * (Being built: the document builders land with the documents issue.)
 */
process.stderr.write('The headless export is not built yet.\n');
process.exit(2);
