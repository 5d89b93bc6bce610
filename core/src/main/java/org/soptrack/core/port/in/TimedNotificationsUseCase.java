package org.soptrack.core.port.in;

/**
 * Raises the time-driven events of every organization (R-SOP-4, R-SOP-4c): a shelved part passing its aging threshold,
 * a return deadline coming near, a BDC call falling due. Each is raised once per threshold however often this runs.
 * Run by a scheduled job, not by a member.
 */
public interface TimedNotificationsUseCase {

    Report raiseDue();

    /** What one run found: organizations looked at and events raised now. */
    record Report(int organizations, int aging, int deadlinesNear, int callsDue) {
    }
}
