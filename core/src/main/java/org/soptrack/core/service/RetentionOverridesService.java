package org.soptrack.core.service;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.out.RetentionOverrideRepository;

/** Reads and replaces an organization's retention overrides, checked against the deployment's policy and audited. */
public final class RetentionOverridesService implements RetentionOverridesUseCase {

    private final UseCaseContext ctx;
    private final RetentionOverrideRepository overrides;
    private final RetentionPolicy policy;

    RetentionOverridesService(UseCaseContext ctx, RetentionOverrideRepository overrides, RetentionPolicy policy) {
        this.ctx = ctx;
        this.overrides = overrides;
        this.policy = policy;
    }

    @Override
    public Outcome<Effective> effective(Actor actor) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> Outcome.ok(effective(actor.tenantId())));
    }

    @Override
    public Outcome<Effective> replace(Actor actor, Map<String, String> periods) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            Map<RetentionCategory, RetentionPeriod> parsed = new EnumMap<>(RetentionCategory.class);
            periods.forEach((name, text) -> parsed.put(category(name), period(name, text)));
            overrides.replace(actor.tenantId(), parsed);
            Map<String, String> details = new TreeMap<>();
            parsed.forEach((category, period) -> details.put(category.name(), period.iso()));
            ctx.audit.record(actor.tenantId(), access.actor(), AuditAction.RETENTION_OVERRIDES_CHANGED,
                    "organization:" + actor.tenantId().value(), details);
            return Outcome.ok(effective(actor.tenantId()));
        });
    }

    private static RetentionCategory category(String name) {
        try {
            return RetentionCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("periods." + name, "is not a retention category");
        }
    }

    /** The period for {@code name}, refused unless the deployment lets an organization keep that category less. */
    private RetentionPeriod period(String name, String text) {
        String field = "periods." + name;
        if (text == null) {
            throw new InvalidValueException(field, "is required");
        }
        RetentionPeriod period;
        try {
            period = RetentionPeriod.parse(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 period such as P90D or P1Y");
        }
        try {
            policy.checkOrganizationOverride(RetentionCategory.valueOf(name), period, ctx.now());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
        return period;
    }

    private Effective effective(TenantId tenant) {
        Map<RetentionCategory, RetentionPeriod> own = overrides.find(tenant);
        RetentionPolicy effective = policy.forOrganization(own, ctx.now());
        return new Effective(effective.rules(), own.keySet().stream()
                .filter(c -> effective.rule(c).period().equals(own.get(c))).collect(Collectors.toSet()));
    }
}
