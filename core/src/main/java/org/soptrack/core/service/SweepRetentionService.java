package org.soptrack.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PlatformRecordsPort;
import org.soptrack.core.port.out.RemovedBatch;
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
    private final Duration batchTarget;
    private final Map<RetentionCategory, List<RetainedRecordsPort>> stores;
    private final OrganizationRepository organizations;
    private final TenantDataRepository tenantData;
    private final Map<RetentionCategory, PlatformRecordsPort> platformStores;
    private final RetentionOverrideRepository overrides;
    private final MemberRepository members;
    private final TrialLapses trials;

    SweepRetentionService(UseCaseContext ctx, TenantDirectoryPort tenants, LegalHoldRepository holds,
                          RetentionPolicy policy, int batchSize, Duration batchTarget,
                          Map<RetentionCategory, List<RetainedRecordsPort>> stores,
                          OrganizationRepository organizations, TenantDataRepository tenantData,
                          Map<RetentionCategory, PlatformRecordsPort> platformStores,
                          RetentionOverrideRepository overrides,
                          MemberRepository members, TrialLapses trials) {
        for (RetentionCategory category : RetentionCategory.values()) {
            if (category.platform() ? !platformStores.containsKey(category)
                    : stores.getOrDefault(category, List.of()).isEmpty()) {
                throw new IllegalArgumentException("No store holds " + category);
            }
        }
        this.ctx = ctx;
        this.tenants = tenants;
        this.holds = holds;
        this.policy = policy;
        this.batchSize = batchSize;
        this.batchTarget = batchTarget;
        this.stores = Map.copyOf(stores);
        this.organizations = organizations;
        this.tenantData = tenantData;
        this.platformStores = Map.copyOf(platformStores);
        this.overrides = overrides;
        this.members = members;
        this.trials = trials;
    }

    @Override
    public Report sweepAll(boolean dryRun) {
        Instant now = ctx.now();
        List<Line> lines = new ArrayList<>();
        Map<Batches, BatchSizes> sizes = new HashMap<>();
        for (TenantId tenant : tenants.tenants()) {
            if (dryRun) {
                lines.addAll(ctx.inTenant(tenant, () -> Outcome.ok(counted(tenant, now))).orElseThrow());
                continue;
            }
            trials.lapse(tenant, now);
            List<PlannedSweep> plan = ctx.inTenant(tenant, () -> Outcome.ok(plan(tenant, now))).orElseThrow();
            for (PlannedSweep sweep : plan) {
                if (sweep.category() == RetentionCategory.TENANT_DATA) {
                    lines.add(purge(tenant, sweep, now, sizes));
                } else {
                    lines.add(line(tenant, sweep, sweep.suspended() ? 0 : remove(tenant, sweep, sizes)));
                }
            }
        }
        List<PlatformLine> platform = new ArrayList<>();
        for (RetentionCategory category : RetentionCategory.values()) {
            if (category.platform()) {
                platform.add(platform(category, platformStores.get(category), now, dryRun));
            }
        }
        return new Report(now, dryRun, lines, platform);
    }

    /** The platform's own records of one category: no organization, no holds; each batch a transaction of its own. */
    private PlatformLine platform(RetentionCategory category, PlatformRecordsPort store, Instant now, boolean dryRun) {
        RetentionRule rule = policy.rule(category);
        Instant cutoff = rule.period().cutoff(now);
        long records;
        if (dryRun) {
            records = store.countExpired(cutoff);
        } else {
            records = 0;
            int batch;
            do {
                batch = store.removeExpired(cutoff, batchSize);
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
                boolean due = !sweep.suspended() && organization.purgeDue(sweep.cutoff(), now);
                long accounts = due ? members.countExpired(tenant, Expiry.of(sweep, batchSize)) : 0;
                return line(tenant, sweep, due ? count(tenant, sweep) + accounts : 0,
                        purgeWhy(organization, sweep, now));
            }
            return line(tenant, sweep, sweep.suspended() ? 0 : count(tenant, sweep));
        }).toList();
    }

    /**
     * The organization's data goes as a whole once the grace period after cancellation ran out, or the cooling-off
     * period of the owners' deletion request: the purge is started (with a census of what it will delete) in one
     * transaction, removed batch by batch (business data, then rooftops, settings and invitations, then every member
     * account is anonymized), and marked complete in a last one when nothing is left. A run killed anywhere in between
     * carries on from there the next time.
     */
    private Line purge(TenantId tenant, PlannedSweep sweep, Instant now, Map<Batches, BatchSizes> sizes) {
        Expiry expiry = Expiry.of(sweep, batchSize);
        Organization before = ctx.inTenant(tenant, () -> Outcome.ok(startPurge(tenant, sweep, expiry, now)))
                .orElseThrow();
        if (sweep.suspended() || !before.purgeDue(sweep.cutoff(), now)) {
            return line(tenant, sweep, 0, purgeWhy(before, sweep, now));
        }
        long removed = remove(tenant, sweep, sizes);
        if (left(tenant, tenantData, expiry) == 0) {
            // The accounts go last, once nothing else is left: until then an owner can still sign in to release a
            // hold that keeps a customer's records.
            removed += remove(tenant, sweep, members, sizes);
        }
        Organization after = ctx.inTenant(tenant, () -> Outcome.ok(completePurge(tenant, expiry, now))).orElseThrow();
        return line(tenant, sweep, removed, purgeWhy(after, sweep, now));
    }

    /** What the purge covers that is still there, held records included. */
    private long left(TenantId tenant, RetainedRecordsPort store, Expiry expiry) {
        Expiry everything = new Expiry(expiry.category(), expiry.cutoff(), Set.of(), Set.of(), expiry.batchSize());
        return ctx.inTenant(tenant, () -> Outcome.ok(store.countExpired(tenant, everything))).orElseThrow();
    }

    private Organization startPurge(TenantId tenant, PlannedSweep sweep, Expiry expiry, Instant now) {
        Organization organization = organizations.find(tenant).orElseThrow();
        if (sweep.suspended() || !organization.purgeDue(sweep.cutoff(), now) || organization.purge().isPresent()) {
            return organization;
        }
        Map<String, Long> census = new LinkedHashMap<>(tenantData.census(tenant, expiry));
        census.put("memberAccounts", members.countExpired(tenant, expiry));
        organization.startPurge(now, census);
        save(tenant, organization);
        Map<String, String> details = new TreeMap<>();
        census.forEach((kind, count) -> details.put(kind, Long.toString(count)));
        details.put("cancelledAt", organization.cancelledAt().map(Instant::toString).orElse(""));
        details.put("deletionRequestedAt", organization.deletion().map(d -> d.requestedAt().toString()).orElse(""));
        ctx.audit.record(tenant, ActorRef.system(), AuditAction.TENANT_PURGE_STARTED, "organization:" + tenant,
                details);
        return organization;
    }

    /**
     * Complete once nothing the purge covers is left, held customers' and members' included: a released hold lets
     * them go.
     */
    private Organization completePurge(TenantId tenant, Expiry expiry, Instant now) {
        Organization organization = organizations.find(tenant).orElseThrow();
        Expiry everything = new Expiry(expiry.category(), expiry.cutoff(), Set.of(), Set.of(), expiry.batchSize());
        long left = tenantData.countExpired(tenant, everything) + members.countExpired(tenant, everything);
        if (organization.purge().filter(p -> !p.completed()).isPresent() && left == 0) {
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

    private static String purgeWhy(Organization organization, PlannedSweep sweep, Instant now) {
        if (sweep.suspended()) {
            return sweep.why();
        }
        Optional<TenantPurge> purge = organization.purge();
        if (purge.isPresent()) {
            return purge.get().completed() ? "purged: the business data went on " + purge.get().completedAt().get()
                    : "purging since " + purge.get().startedAt();
        }
        if (organization.deletion().isPresent()) {
            Instant from = organization.deletion().get().purgeFrom();
            return "deletion asked for on " + organization.deletion().get().requestedAt()
                    + (from.isAfter(now) ? ": purged from " + from : ": the cooling-off period is over");
        }
        return organization.cancelledAt()
                .map(at -> organization.purgeDue(sweep.cutoff(), now)
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

    private long remove(TenantId tenant, PlannedSweep sweep, Map<Batches, BatchSizes> sizes) {
        long removed = 0;
        for (RetainedRecordsPort store : stores.get(sweep.category())) {
            removed += remove(tenant, sweep, store, sizes);
        }
        return removed;
    }

    /** The batches of one category in one store, whose size a sweep learns once for every organization. */
    private record Batches(RetentionCategory category, RetainedRecordsPort store) {
    }

    /**
     * Batch after batch, each in a transaction of its own, until a short batch says nothing is left; each batch sized
     * by {@link BatchSizes}.
     */
    private long remove(TenantId tenant, PlannedSweep sweep, RetainedRecordsPort store,
                        Map<Batches, BatchSizes> learned) {
        BatchSizes sizes = learned.computeIfAbsent(new Batches(sweep.category(), store),
                k -> new BatchSizes(batchSize, batchTarget, System::nanoTime));
        long removed = 0;
        Optional<String> resumeAt = Optional.empty();
        RemovedBatch batch;
        int size;
        do {
            size = sizes.next();
            Expiry expiry = Expiry.of(sweep, size);
            Optional<String> after = resumeAt;
            batch = ctx.inTenant(tenant, () -> Outcome.ok(removeBatch(tenant, store, sweep, expiry, after)))
                    .orElseThrow();
            sizes.done(batch.removed());
            removed += batch.removed();
            resumeAt = batch.resumeAt();
        } while (batch.removed() >= size);
        return removed;
    }

    private RemovedBatch removeBatch(TenantId tenant, RetainedRecordsPort store, PlannedSweep sweep, Expiry expiry,
                                     Optional<String> after) {
        RemovedBatch batch = store.removeExpired(tenant, expiry, after);
        int removed = batch.removed();
        if (removed > 0) {
            ctx.audit.record(tenant, ActorRef.system(), AuditAction.RETENTION_SWEPT,
                    "retention:" + sweep.category().name(), Map.of("category", sweep.category().name(),
                            "action", sweep.rule().action().name(), "records", Integer.toString(removed),
                            "period", sweep.rule().period().iso(), "cutoff", sweep.cutoff().toString()));
        }
        return batch;
    }

    private static Line line(TenantId tenant, PlannedSweep sweep, long records) {
        return line(tenant, sweep, records, sweep.why());
    }

    private static Line line(TenantId tenant, PlannedSweep sweep, long records, String why) {
        return new Line(tenant, sweep.category(), sweep.rule().action(), sweep.rule().period(), sweep.cutoff(),
                records, sweep.suspended(), why);
    }
}
