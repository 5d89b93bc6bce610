package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.RetentionRule;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;

/** The JSON of the retention endpoints. */
final class RetentionJson {

    private RetentionJson() {
    }

    /** One published rule: the same object the sweep enforces. */
    @Serdeable
    record Rule(String category, String data, String kept, String period, String countedFrom, String then,
                boolean organizationMayShorten) {
        static Rule of(RetentionRule rule) {
            return new Rule(rule.category().name(), rule.category().data(), rule.period().words(),
                    rule.period().iso(), rule.category().clockStarts(), rule.action().name().toLowerCase(),
                    rule.category().perOrganization());
        }
    }

    @Serdeable
    record Policy(List<Rule> rules) {
    }

    @Serdeable
    record Line(String organizationId, String category, String action, String period, Instant cutoff, long records,
                boolean suspended, String why) {
        static Line of(SweepRetentionUseCase.Line l) {
            return new Line(l.tenant().value().toString(), l.category().name(), l.action().name(), l.period().iso(),
                    l.cutoff(), l.records(), l.suspended(), l.why());
        }
    }

    /** A rule over the platform's own data (public requests), which belongs to no organization. */
    @Serdeable
    record PlatformLine(String category, String action, String period, Instant cutoff, long records) {
        static PlatformLine of(SweepRetentionUseCase.PlatformLine l) {
            return new PlatformLine(l.category().name(), l.action().name(), l.period().iso(), l.cutoff(),
                    l.records());
        }
    }

    /** A dry run: what the sweep would remove now, per organization and rule, and of the platform's own data. */
    @Serdeable
    record Report(Instant at, boolean dryRun, long total, List<Line> lines, List<PlatformLine> platform) {
        static Report of(SweepRetentionUseCase.Report r) {
            return new Report(r.at(), r.dryRun(), r.total(), r.lines().stream().map(Line::of).toList(),
                    r.platform().stream().map(PlatformLine::of).toList());
        }
    }

    /** {@code {subject: {kind: ORGANIZATION | MEMBER | CUSTOMER, id}, reason}}. */
    @Serdeable
    record PlaceHold(@Nullable Subject subject, @Nullable String reason) {
    }

    @Serdeable
    record Subject(@Nullable String kind, @Nullable String id) {
    }

    @Serdeable
    record Hold(String id, Subject subject, String reason, String placedBy, Instant placedAt,
                @Nullable String releasedBy, @Nullable Instant releasedAt, boolean inForce) {
        static Hold of(LegalHold hold) {
            LegalHold.State s = hold.state();
            return new Hold(s.id().toString(), new Subject(s.subject().kind().name(),
                    s.subject().id().map(Object::toString).orElse(null)), s.reason(), Actors.text(s.placedBy()),
                    s.placedAt(), s.releasedBy().map(Actors::text).orElse(null), s.releasedAt().orElse(null),
                    hold.inForce());
        }
    }

    @Serdeable
    record Holds(List<Hold> items) {
    }

    /** {@code {periods: {CATEGORY: ISO-8601 period}}}. */
    @Serdeable
    record Overrides(@Nullable Map<String, String> periods) {
    }

    /** The organization's rules: the published ones, with its own shorter periods where it set them. */
    @Serdeable
    record Effective(List<Rule> rules, List<String> overridden) {
        static Effective of(RetentionOverridesUseCase.Effective e) {
            return new Effective(e.rules().stream().map(Rule::of).toList(),
                    e.overridden().stream().map(Enum::name).sorted().toList());
        }
    }
}
