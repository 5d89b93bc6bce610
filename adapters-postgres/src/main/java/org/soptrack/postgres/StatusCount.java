package org.soptrack.postgres;

import io.micronaut.core.annotation.Introspected;

/** How many orders one status has. */
@Introspected
record StatusCount(String status, long orders) {
}
