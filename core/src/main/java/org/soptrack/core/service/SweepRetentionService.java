package org.soptrack.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.PlannedSweep;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPlanner;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.retention.RetentionRule;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.TenantPurge;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PublicRequestPort;
import org.soptrack.core.port.out.RetainedRecordsPort;
import org.soptrack.core.port.out.RetentionOverrideRepository;
import org.soptrack.core.port.out.TenantDataRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Plans each organization's rules and hands every due category to the stores that hold it, a batch per transaction.
 * A batch that removed something is audited in its own transaction, so the log matches what is gone even when a run
 * is killed half-way.
 */
public final class SweepRetentionService implements SweepRetentionUseCase {

    private final UseCaseContext ctx;
    private final TenantDirectoryPort tenants;
    private final LegalHoldRepository holds;
    private final RetentionPolicy policy;
    private final int batchSize;
    private final Map<RetentionCategory, List<RetainedRecordsPort>> stores;
    private final OrganizationRepository organizations;
    private final TenantDataRepository tenantData;
    private final PublicRequestPort publicRequests;
    private final RetentionOverrideRepository overrides;

    SweepRetentionService(UseCaseContext ctx, TenantDirectoryPort tenants, LegalHoldRepository holds,
                          RetentionPolicy policy, int batchSize,
                          Map<RetentionCategory, List<RetainedRecordsPort>> stores,
                          OrganizationRepository organizations, TenantDataRepository tenantData,
                          PublicRequestPort publicRequests, RetentionOverrideRepository overrides) {
        for (RetentionCategory category : RetentionCategory.values()) {
            if (!category.platform() && stores.getOrDefault(category, List.of()).isEmpty()) {
                throw new IllegalArgumentException("No store holds " + category);
            }
        }
        this.ctx = ctx;
        this.tenants = tenants;
        this.holds = holds;
        this.policy = policy;
        this.batchSize = batchSize;
        this.stores = Map.copyOf(stores);
        this.organizations = organizations;
        this.tenantData = tenantData;
        this.publicRequests = publicRequests;
        this.overrides = overrides;
    }

    @Override
    public Report sweepAll(boolean dryRun) {
        Instant now = ctx.now();
        List<Line> lines = new ArrayList<>();
        for (TenantId tenant : tenants.tenants()) {
            if (dryRun) {
                lines.addAll(ctx.inTenant(tenant, () -> Outcome.ok(counted(tenant, now))).orElseThrow());
                continue;
            }
            List<PlannedSweep> plan = ctx.inTenant(tenant, () -> Outcome.ok(plan(tenant, now))).orElseThrow();
            for (PlannedSweep sweep : plan) {
                if (sweep.category() == RetentionCategory.TENANT_DATA) {
                    lines.add(purge(tenant, sweep, now));
                } else {
                    lines.add(line(tenant, sweep, sweep.suspended() ? 0 : remove(tenant, sweep)));
                }
            }
        }
        return new Report(now, dryRun, lines, List.of(publicRequests(now, dryRun)));
    }

    /** The platform's public requests: no organization, no holds; each batch is a transaction of its own. */
    private PlatformLine publicRequests(Instant now, boolean dryRun) {
        RetentionRule rule = policy.rule(RetentionCategory.PUBLIC_REQUESTS);
        Instant cutoff = rule.period().cutoff(now);
        long records;
        if (dryRun) {
            records = publicRequests.countExpired(cutoff);
        } else {
            records = 0;
            int batch;
            do {
                batch = publicRequests.removeExpired(cutoff, batchSize);
                records += batch;
            } while (batch >= batchSize);
        }
        return new PlatformLine(rule.category(), rule.action(), rule.period(), cutoff, records);
    }

    @Override
    public Outcome<Report> dryRun(Actor actor) {
        TenantId tenant = actor.tenantId();
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            Instant now = ctx.now();
            return Outcome.ok(new Report(now, true, counted(tenant, now)));
        });
    }

    /** The dry run of one tenant, planned and counted inside one transaction. */
    private List<Line> counted(TenantId tenant, Instant now) {
        return plan(tenant, now).stream().map(sweep -> {
            if (sweep.category() == RetentionCategory.TENANT_DATA) {
                Organization organization = organizations.find(tenant).orElseThrow();
                boolean due = !sweep.suspended() && organization.purgeDue(sweep.cutoff());
                return line(tenant, sweep, due ? count(tenant, sweep) : 0, purgeWhy(organization, sweep));
            }
            return line(tenant, sweep, sweep.suspended() ? 0 : count(tenant, sweep));
        }).toList();
    }

    /**
     * Business data goes as a whole once the grace period after cancellation ran out: the purge is started (with a
     * census of what it will delete) in one transaction, removed batch by batch, and marked complete in a last one
     * when nothing is left. A run killed anywhere in between carries on from there the next time.
     */
    private Line purge(TenantId tenant, PlannedSweep sweep, Instant now) {
        Expiry expiry = Expiry.of(sweep, batchSize);
        Organization before = ctx.inTenant(tenant, () -> Outcome.ok(startPurge(tenant, sweep, expiry, now)))
                .orElseThrow();
        if (sweep.suspended() || !before.purgeDue(sweep.cutoff())) {
            return line(tenant, sweep, 0, purgeWhy(before, sweep));
        }
        long removed = remove(tenant, sweep);
        Organization after = ctx.inTenant(tenant, () -> Outcome.ok(completePurge(tenant, expiry, now))).orElseThrow();
        return line(tenant, sweep, removed, purgeWhy(after, sweep));
    }

    private Organization startPurge(TenantId tenant, PlannedSweep sweep, Expiry expiry, Instant now) {
        Organization organization = organizations.find(tenant).orElseThrow();
        if (sweep.suspended() || !organization.purgeDue(sweep.cutoff()) || organization.purge().isPresent()) {
            return organization;
        }
        Map<String, Long> census = tenantData.census(tenant, expiry);
        organization.startPurge(now, census);
        save(tenant, organization);
        Map<String, String> details = new TreeMap<>();
        census.forEach((kind, count) -> details.put(kind, Long.toString(count)));
        details.put("cancelledAt", organization.cancelledAt().map(Instant::toString).orElse(""));
        ctx.audit.record(tenant, ActorRef.system(), AuditAction.TENANT_PURGE_STARTED, "organization:" + tenant,
                details);
        return organization;
    }

    /** Complete once nothing of the business data is left, held customers' included: a released hold lets it go. */
    private Organization completePurge(TenantId tenant, Expiry expiry, Instant now) {
        Organization organization = organizations.find(tenant).orElseThrow();
        Expiry everything = new Expiry(expiry.category(), expiry.cutoff(), Set.of(), Set.of(), expiry.batchSize());
        if (organization.purge().filter(p -> !p.completed()).isPresent()
                && tenantData.countExpired(tenant, everything) == 0) {
            organization.completePurge(now);
            save(tenant, organization);
            ctx.audit.record(tenant, ActorRef.system(), AuditAction.TENANT_PURGED, "organization:" + tenant,
                    Map.of("records", Long.toString(organization.purge().orElseThrow().total()),
                            "startedAt", organization.purge().orElseThrow().startedAt().toString()));
        }
        return organization;
    }

    private void save(TenantId tenant, Organization organization) {
        if (organizations.update(tenant, organization) != UpdateResult.UPDATED) {
            throw new IllegalStateException("The organization changed during its purge; the next sweep goes on");
        }
    }

    private static String purgeWhy(Organization organization, PlannedSweep sweep) {
        if (sweep.suspended()) {
            return sweep.why();
        }
        Optional<TenantPurge> purge = organization.purge();
        if (purge.isPresent()) {
            return purge.get().completed() ? "purged: the business data went on " + purge.get().completedAt().get()
                    : "purging since " + purge.get().startedAt();
        }
        return organization.cancelledAt()
                .map(at -> organization.purgeDue(sweep.cutoff())
                        ? "cancelled on " + at + ": the grace period of " + sweep.rule().period().words() + " is over"
                        : "cancelled on " + at + ": kept until " + sweep.rule().period().endsAfter(at))
                .orElse("kept: the subscription is " + organization.subscription());
    }

    private List<PlannedSweep> plan(TenantId tenant, Instant now) {
        return RetentionPlanner.plan(policy.forOrganization(overrides.find(tenant), now), holds.findAll(tenant), now);
    }

    private long count(TenantId tenant, PlannedSweep sweep) {
        Expiry expiry = Expiry.of(sweep, batchSize);
        return stores.get(sweep.category()).stream().mapToLong(s -> s.countExpired(tenant, expiry)).sum();
    }

    private long remove(TenantId tenant, PlannedSweep sweep) {
        Expiry expiry = Expiry.of(sweep, batchSize);
        long removed = 0;
        for (RetainedRecordsPort store : stores.get(sweep.category())) {
            int batch;
            do {
                batch = ctx.inTenant(tenant, () -> Outcome.ok(removeBatch(tenant, store, sweep, expiry)))
                        .orElseThrow();
                removed += batch;
            } while (batch >= expiry.batchSize());
        }
        return removed;
    }

    private int removeBatch(TenantId tenant, RetainedRecordsPort store, PlannedSweep sweep, Expiry expiry) {
        int removed = store.removeExpired(tenant, expiry);
        if (removed > 0) {
            ctx.audit.record(tenant, ActorRef.system(), AuditAction.RETENTION_SWEPT,
                    "retention:" + sweep.category().name(), Map.of("category", sweep.category().name(),
                            "action", sweep.rule().action().name(), "records", Integer.toString(removed),
                            "period", sweep.rule().period().iso(), "cutoff", sweep.cutoff().toString()));
        }
        return removed;
    }

    private static Line line(TenantId tenant, PlannedSweep sweep, long records) {
        return line(tenant, sweep, records, sweep.why());
    }

    private static Line line(TenantId tenant, PlannedSweep sweep, long records, String why) {
        return new Line(tenant, sweep.category(), sweep.rule().action(), sweep.rule().period(), sweep.cutoff(),
                records, sweep.suspended(), why);
    }
}
