/**
 * The REST API under {@code /api/v1}: thin controllers that build a command from the request and the authenticated
 * principal, call one use case and answer through {@link org.soptrack.server.http.Problems}, the one place that maps
 * failures to {@code application/problem+json}.
 */
package org.soptrack.server.http;
