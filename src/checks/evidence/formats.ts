/** The formats an evidence file is read in; named by the config, so known without any reader. */
export const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];
