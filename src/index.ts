// `import { … } from 'secret-hygiene'`: the programmatic API (SPEC §9, docs/api.md). Everything exported here is
// public interface; the rest of the package is not.
export { formatReport, scanFiles, scanHistory, scanStaged, scanText, type ScanOptions, type VerifySettings } from './api.js';
export { ScanError, type ScanErrorKind } from './errors.js';
export { exitCode, failsGate, FORMATS, type Format, type ReportContext } from './reporters/index.js';
export type {
  CommitInfo,
  Finding,
  RuleId,
  ScanResult,
  SettingsChange,
  Severity,
  SkippedFile,
  Stats,
  Suppression,
  TokenInfo,
  Verification,
  VerificationStatus,
} from './types.js';
