/**
 * Characters XML 1.0 does not allow: controls but tab and line breaks, U+FFFE and U+FFFF. A
 * report's reader reads each as U+FFFD (src/checks/xml.ts), so the redactor looks for a secret
 * holding one in that form too (secretForms.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const NOT_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** Whether XML 1.0 allows the code point in a document, raw or as a reference. */
export const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);
