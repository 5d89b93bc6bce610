/**
 * Persistence adapters on PostgreSQL. Isolation is enforced by the database: every tenant table has Row-Level Security
 * on {@code organization_id}, and each transaction names its tenant with a transaction-local setting.
 */
package org.soptrack.postgres;
