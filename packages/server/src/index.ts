/** The server package's public surface, for the CLI and the benchmark. */
export { type Config, ConfigError, loadConfig } from './config';
export { type Database, migrateToLatest, openDatabase } from './db/database';
export { isEmpty } from './db/repositories/reference.repository';
export { addLifeDomain, listLifeDomains, retireLifeDomain } from './admin/life-domains';
export { listAccounts } from './db/repositories/account.repository';
export { verifyAccessLog } from './audit/access-log';
export { renderExportDocument } from './presenters/export-document';
export { exportHouseholdAsOperator } from './queries/export-household';
export { seedDemo } from './seed/seed';
export { startServer } from './main';
