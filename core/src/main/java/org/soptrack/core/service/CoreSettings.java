package org.soptrack.core.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.security.LockoutPolicy;
import org.soptrack.core.domain.security.PasswordPolicy;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.LifecyclePolicy;

/**
 * Deployment-wide settings of the use cases; {@code publicUrl} is where people reach this deployment, the base of
 * every link in a message; {@code retention} is the published retention policy and {@code sweepBatchSize} the most
 * records a sweep removes in one transaction, or, with a {@code sweepBatchTarget} above zero, the size of its first
 * batch, after which each batch is sized to take about that long ({@link BatchSizes}); {@code lifecycle} bounds a
 * trial and the cooling-off of a deletion.
 */
public record CoreSettings(Duration invitationValidity, Duration maxOperatorGrant, PasswordPolicy passwords,
                           LockoutPolicy lockout, SessionPolicy sessions, URI publicUrl, RetentionPolicy retention,
                           int sweepBatchSize, Duration sweepBatchTarget, LifecyclePolicy lifecycle) {

    public static final CoreSettings DEFAULTS = new CoreSettings(Invitation.DEFAULT_VALIDITY, Duration.ofHours(8),
            PasswordPolicy.defaults(), LockoutPolicy.defaults(), SessionPolicy.defaults(),
            URI.create("http://localhost:8080/"), RetentionPolicy.defaults(), 1000, Duration.ZERO,
            LifecyclePolicy.defaults());

    public CoreSettings(Duration invitationValidity, Duration maxOperatorGrant, PasswordPolicy passwords) {
        this(invitationValidity, maxOperatorGrant, passwords, LockoutPolicy.defaults(), SessionPolicy.defaults(),
                DEFAULTS.publicUrl(), DEFAULTS.retention(), DEFAULTS.sweepBatchSize(), DEFAULTS.sweepBatchTarget(),
                DEFAULTS.lifecycle());
    }

    public CoreSettings {
        Require.positive("invitationValidity", invitationValidity);
        Require.positive("maxOperatorGrant", maxOperatorGrant);
        Require.present("passwords", passwords);
        Require.present("lockout", lockout);
        Require.present("sessions", sessions);
        Require.present("publicUrl", publicUrl);
        Require.present("retention", retention);
        Require.between("sweepBatchSize", sweepBatchSize, 1, 100_000);
        Require.present("sweepBatchTarget", sweepBatchTarget);
        if (sweepBatchTarget.isNegative()) {
            throw new IllegalArgumentException("sweepBatchTarget must not be negative");
        }
        Require.present("lifecycle", lifecycle);
        if (!publicUrl.isAbsolute() || !publicUrl.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("The public URL must be an absolute http(s) URL: " + publicUrl);
        }
        RetentionPeriod codes = retention.rule(RetentionCategory.MFA_CODES).period();
        if (!codes.atLeast(RetentionPeriod.of(sessions.codeValidity()), Instant.EPOCH)) {
            throw new IllegalArgumentException("MFA one-time codes would be deleted while still valid: their retention ("
                    + codes.words() + ") is shorter than their validity (" + sessions.codeValidity() + ")");
        }
    }

    public CoreSettings withPasswords(PasswordPolicy policy) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, policy, lockout, sessions, publicUrl, retention,
                sweepBatchSize, sweepBatchTarget, lifecycle);
    }

    public CoreSettings withSessions(SessionPolicy policy) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, policy, publicUrl, retention,
                sweepBatchSize, sweepBatchTarget, lifecycle);
    }

    public CoreSettings withPublicUrl(URI url) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, sessions, url, retention,
                sweepBatchSize, sweepBatchTarget, lifecycle);
    }

    /** The deployment's retention rules and how many records a sweep removes per transaction. */
    public CoreSettings withRetention(RetentionPolicy policy, int batchSize) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, sessions, publicUrl, policy,
                batchSize, sweepBatchTarget, lifecycle);
    }

    /** The trial's length and the cooling-off period of a deletion request. */
    public CoreSettings withLifecycle(LifecyclePolicy policy) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, sessions, publicUrl, retention,
                sweepBatchSize, sweepBatchTarget, policy);
    }

    /**
     * Sweep batches sized to take about {@code target} each, from {@code sweepBatchSize} up to 64 times it: fewer
     * transactions and audit entries for a large backlog, locks held about as long as {@code target}. Zero keeps every
     * batch at {@code sweepBatchSize}.
     */
    public CoreSettings withSweepBatchTarget(Duration target) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, sessions, publicUrl, retention,
                sweepBatchSize, target, lifecycle);
    }
}
