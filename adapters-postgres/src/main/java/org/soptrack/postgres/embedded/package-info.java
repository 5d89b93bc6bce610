/** Embedded PostgreSQL for tests and for the reference server's zero-setup default. */
package org.soptrack.postgres.embedded;
