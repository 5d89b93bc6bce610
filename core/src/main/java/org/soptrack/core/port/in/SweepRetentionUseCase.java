package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;

import org.soptrack.core.domain.retention.RetentionAction;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Enforces the retention rules (R-RET-3): every rule for every organization, in bounded batches that each commit on
 * their own (so a sweep killed at any point resumes where it stopped when run again), each batch recorded in the
 * organization's audit log. A dry run counts what would go and changes nothing.
 */
public interface SweepRetentionUseCase {

    /** Every organization: the scheduled job's call, and the platform-wide dry run. */
    Report sweepAll(boolean dryRun);

    /** A dry run of the actor's own organization, for its administrators. */
    Outcome<Report> dryRun(Actor actor);

    /**
     * What a run found or removed, per organization and category, and for the platform's own data (public requests),
     * which belongs to no organization.
     */
    record Report(Instant at, boolean dryRun, List<Line> lines, List<PlatformLine> platform) {
        public Report {
            Require.present("at", at);
            lines = List.copyOf(lines);
            platform = List.copyOf(platform);
        }

        /** A report of organizations' rules only. */
        public Report(Instant at, boolean dryRun, List<Line> lines) {
            this(at, dryRun, lines, List.of());
        }

        public long total() {
            return lines.stream().mapToLong(Line::records).sum()
                    + platform.stream().mapToLong(PlatformLine::records).sum();
        }
    }

    /** One rule over the platform's own data: how many records it covered and the cutoff it used. */
    record PlatformLine(RetentionCategory category, RetentionAction action, RetentionPeriod period, Instant cutoff,
                        long records) {
    }

    /**
     * One rule in one organization: how many records it covered (counted in a dry run, removed in a real one), the
     * cutoff it used, and why; a suspended rule (legal hold on the organization) covers nothing.
     */
    record Line(TenantId tenant, RetentionCategory category, RetentionAction action, RetentionPeriod period,
                Instant cutoff, long records, boolean suspended, String why) {
    }
}
