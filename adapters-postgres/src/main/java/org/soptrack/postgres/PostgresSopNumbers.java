package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.port.out.SopNumberPort;

/**
 * SOP numbers from one counter row per rooftop, taken with a single upsert: concurrent orders at one rooftop queue on
 * that row's lock and each gets the next number; a rolled-back order gives its number back.
 */
@Singleton
public final class PostgresSopNumbers implements SopNumberPort {

    private static final String NEXT = """
            INSERT INTO sop_counters AS c (organization_id, rooftop_id, last_number) VALUES (?, ?, 1)
            ON CONFLICT (organization_id, rooftop_id) DO UPDATE SET last_number = c.last_number + 1
            RETURNING last_number""";

    private final JdbcOperations jdbc;

    PostgresSopNumbers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SopNumber next(TenantId tenant, RooftopId rooftop) {
        return jdbc.prepareStatement(NEXT, statement -> {
            statement.setObject(1, tenant.value());
            statement.setObject(2, rooftop.value());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return SopNumber.of(result.getLong(1));
            }
        });
    }
}
