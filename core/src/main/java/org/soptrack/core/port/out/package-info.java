/**
 * What core needs from outside: a repository per aggregate (every method takes the {@code TenantId}), transactions,
 * time, ids, secret tokens, SOP numbers and the audit log. Adapters implement these and prove it with the contract
 * tests in core's test-jar.
 */
package org.soptrack.core.port.out;
