/**
 * Contract tests every adapter of core's out-ports must pass: round trip, unknown id, stale version, and tenant
 * isolation through every method. Extend a contract and implement {@code newPorts()} to prove an adapter.
 */
package org.soptrack.core.tck;
