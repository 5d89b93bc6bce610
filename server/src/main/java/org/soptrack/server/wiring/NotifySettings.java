package org.soptrack.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

/** {@code soptrack.notify.*}: providers, timeouts, retry policy and job intervals (see application.yml). */
@ConfigurationProperties("soptrack.notify")
record NotifySettings(Duration timeout, int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay,
                      Duration lease, int inFlight, int tenantsAtOnce, @Nullable String mailFrom, @Nullable String smtpHost, int smtpPort,
                      boolean smtpStartTls, @Nullable String smtpUsername, @Nullable String smtpPassword,
                      @Nullable String emailApiUrl, @Nullable String emailApiKey, String groupMeUrl,
                      @Nullable String smsUrl, @Nullable String smsAccount, @Nullable String smsToken,
                      @Nullable String smsFrom, boolean webhookAllowHttp, boolean webhookAllowPrivateAddresses) {

    /** A setting that is present and not blank. */
    static Optional<String> set(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "NotifySettings[smtp " + smtpHost + ", e-mail API " + emailApiUrl + ", SMS " + smsUrl + "]";
    }
}
