/** Built-in login: passwords, the policy they must meet, and the stored credential of a member. */
package org.soptrack.core.domain.security;
