/** Scheduled jobs of the reference server: the outbox dispatcher and the time-driven notification events. */
package org.soptrack.server.jobs;
