/**
 * In-memory adapters of every out-port, for core's own tests and for embedders' tests (shipped in core's test-jar).
 * Like the Postgres adapter under Row-Level Security, a table shows a tenant's rows only inside a transaction opened
 * for that tenant, and a transaction that throws leaves nothing behind.
 */
package org.soptrack.core.memory;
