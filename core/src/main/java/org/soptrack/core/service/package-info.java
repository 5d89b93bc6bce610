/**
 * The use-case implementations: plain Java, no framework. Each runs in one transaction for the actor's tenant,
 * checks permission and rooftop scope itself, and records security-relevant actions in the audit log.
 * Build them all at once with {@link org.soptrack.core.service.SoptrackCore}.
 */
package org.soptrack.core.service;
