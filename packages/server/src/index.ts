/** The server package's public surface, for the CLI and the benchmark. */
export { type Config, ConfigError, loadConfig } from './config';
export {
  type Database,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
  pgliteDataDirState,
} from './db/database';
export { DataDirectoryInUseError } from './db/data-dir-lock';
export { isEmpty } from './db/repositories/reference.repository';
export { addLifeDomain, listLifeDomains, retireLifeDomain } from './admin/life-domains';
export { listAccounts } from './db/repositories/account.repository';
export { asOperator } from './admin/operator';
export { createAccount } from './commands/create-account';
export { updateAccount } from './commands/update-account';
export { deactivateAccount } from './commands/deactivate-account';
export { addOrganisationMembership } from './commands/add-organisation-membership';
export { endOrganisationMembership } from './commands/end-organisation-membership';
export { addRegion } from './commands/add-region';
export { addMunicipality } from './commands/add-municipality';
export { addOrganisation } from './commands/add-organisation';
export { listAccountsForAdministration } from './queries/list-accounts-for-administration';
export { listOrganisationsForAdministration } from './queries/list-organisations';
export { renderExportDocument } from './presenters/export-document';
export { FileAnchorSink, type AnchorSink } from './audit/anchor';
export { sealAccessLog, writeCheckpoint } from './audit/sealer';
export { loadOrCreateSigningKey, loadSigningKey } from './audit/signing-key';
export {
  type AccessLogVerification,
  type AuditProblem,
  describeAuditProblem,
  verifyAccessLog,
} from './audit/verify-access-log';
export { exportHouseholdAsOperator } from './queries/export-household';
export { seedDemo } from './seed/seed';
export { startServer } from './main';
