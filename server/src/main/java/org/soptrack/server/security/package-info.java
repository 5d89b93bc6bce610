/** Authentication of the reference server: password hashing, login and tokens. */
package org.soptrack.server.security;
