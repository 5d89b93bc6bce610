package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.OneTimeCodePort;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.TotpPort;
import org.soptrack.core.port.out.WebhookAddressPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.CoreSettings;
import org.soptrack.core.service.OutboxOneTimeCodes;
import org.soptrack.core.service.SecureRandomTokens;
import org.soptrack.core.service.SoptrackCore;
import org.soptrack.postgres.PostgresAdapters;
import org.soptrack.server.security.Argon2PasswordHasher;
import org.soptrack.server.security.JavaOtpTotp;

/** Core on the PostgreSQL adapters, with the system clock (tests replace the {@link ClockPort} bean). */
@Factory
final class CoreFactory {

    /** Ticks in microseconds, the precision PostgreSQL keeps, so a written time reads back unchanged. */
    @Singleton
    ClockPort clock() {
        return ClockPort.of(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
    }

    /**
     * Argon2id at the configured cost (OWASP's minimum, 19 MiB and 2 passes, unless raised); see
     * {@link Argon2PasswordHasher}. Raising it rehashes each password at its owner's next sign-in.
     */
    @Singleton
    PasswordHasherPort passwordHasher(PasswordSettings settings) {
        return new Argon2PasswordHasher(settings.argon2MemoryKib(), settings.argon2Iterations());
    }

    /** Login codes go through the outbox, in the login's transaction, by e-mail or SMS. */
    @Singleton
    OneTimeCodePort oneTimeCodes(PostgresAdapters db, ClockPort clock) {
        return new OutboxOneTimeCodes(db.outbox(), db.notificationSettings(), clock, IdPort.random());
    }

    @Singleton
    TotpPort totp() {
        return new JavaOtpTotp();
    }

    @Singleton
    CorePorts corePorts(PostgresAdapters db, ClockPort clock, PasswordHasherPort passwordHasher,
                        OneTimeCodePort oneTimeCodes, TotpPort totp, WebhookAddressPort webhookAddresses,
                        @Value("${soptrack.link-secret:}") String linkSecret) {
        return new CorePorts(db.transactions(), clock, IdPort.random(), new SecureRandomTokens(), db.organizations(),
                db.rooftops(), db.members(), db.invitations(), db.grants(), db.customers(), db.orders(),
                db.contactAttempts(), db.sopNumbers(), db.audit(), db.credentials(), passwordHasher, db.sessions(),
                db.trustedDevices(), oneTimeCodes, totp, db.tenants(), db.outbox(), db.notificationSettings(),
                db.legalHolds(), db.billing(), db.tenantData(),
                db.publicRequests(), db.subjectRequests(), db.personalData(),
                db.retentionOverrides(), webhookAddresses, db.accountTokens(), db.notes(),
                LinkKey.signatures(linkSecret), db.platformAudit(), db.incidents());
    }

    @Singleton
    SoptrackCore core(CorePorts ports, PasswordSettings passwords, RetentionSettings retention,
                      LifecycleSettings lifecycle, @Value("${soptrack.public-url}") URI publicUrl) {
        return new SoptrackCore(ports, CoreSettings.DEFAULTS.withPasswords(passwords.policy()).withPublicUrl(publicUrl)
                .withRetention(retention.policy(), retention.batchSize())
                .withSweepBatchTarget(retention.batchTarget()).withLifecycle(lifecycle.policy()));
    }
}
