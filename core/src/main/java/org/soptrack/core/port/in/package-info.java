/**
 * The use cases of soptrack, one interface each, with the command or query record it takes. Every command carries the
 * acting {@code Actor}; every answer is an {@link org.soptrack.core.port.in.Outcome}.
 */
package org.soptrack.core.port.in;
