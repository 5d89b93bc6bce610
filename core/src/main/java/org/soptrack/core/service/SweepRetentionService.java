package org.soptrack.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.PlannedSweep;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPlanner;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.RetainedRecordsPort;
import org.soptrack.core.port.out.TenantDirectoryPort;

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

    SweepRetentionService(UseCaseContext ctx, TenantDirectoryPort tenants, LegalHoldRepository holds,
                          RetentionPolicy policy, int batchSize,
                          Map<RetentionCategory, List<RetainedRecordsPort>> stores) {
        for (RetentionCategory category : RetentionCategory.values()) {
            if (stores.getOrDefault(category, List.of()).isEmpty()) {
                throw new IllegalArgumentException("No store holds " + category);
            }
        }
        this.ctx = ctx;
        this.tenants = tenants;
        this.holds = holds;
        this.policy = policy;
        this.batchSize = batchSize;
        this.stores = Map.copyOf(stores);
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
                lines.add(line(tenant, sweep, sweep.suspended() ? 0 : remove(tenant, sweep)));
            }
        }
        return new Report(now, dryRun, lines);
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
        return plan(tenant, now).stream()
                .map(sweep -> line(tenant, sweep, sweep.suspended() ? 0 : count(tenant, sweep))).toList();
    }

    private List<PlannedSweep> plan(TenantId tenant, Instant now) {
        return RetentionPlanner.plan(policy, holds.findAll(tenant), now);
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
        return new Line(tenant, sweep.category(), sweep.rule().action(), sweep.rule().period(), sweep.cutoff(),
                records, sweep.suspended(), sweep.why());
    }
}
