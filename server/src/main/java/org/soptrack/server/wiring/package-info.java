/**
 * Wiring of the reference server: the database set-up, core's ports from the adapters and one bean per use case. The
 * only package of the server allowed to touch core's service implementations.
 */
package org.soptrack.server.wiring;
