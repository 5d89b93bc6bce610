package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.port.out.PlatformAuditPort;

/**
 * The platform audit log on PostgreSQL: a platform table outside Row-Level Security, read and swept here, written by
 * the stores of the records it is about with {@link #INSERT} inside their own statement.
 */
@Singleton
public final class PostgresPlatformAudit extends PlatformTable.Store implements PlatformAuditPort {

    /** The head of an insert of one entry: a {@code SELECT} of six parameters bound by {@link #bind}, then FROM …. */
    static final String INSERT = "INSERT INTO platform_audit_events (id, at, operator_id, action, subject_id, summary) "
            + "SELECT ?, ?, ?, ?, ?, ?";


    PostgresPlatformAudit(DataSource dataSource) {
        super(new PlatformTable(dataSource, "platform_audit_events", "at", "Platform audit log"));
    }

    /** Binds {@code entry} to the six parameters of {@link #INSERT} from {@code first}; the next free index. */
    static int bind(PreparedStatement s, int first, PlatformAuditEntry entry) throws SQLException {
        s.setObject(first, entry.id());
        s.setTimestamp(first + 1, Sql.time(entry.at()));
        s.setObject(first + 2, entry.operator().value());
        s.setString(first + 3, entry.action().name());
        s.setObject(first + 4, entry.subject());
        s.setString(first + 5, entry.summary());
        return first + 6;
    }

    @Override
    public List<PlatformAuditEntry> latest(int limit) {
        return table.run("SELECT * FROM platform_audit_events ORDER BY at DESC, id DESC LIMIT ?", s -> {
            s.setInt(1, limit);
            List<PlatformAuditEntry> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlatformAuditEntry(rs.getObject("id", UUID.class), Sql.instant(rs, "at"),
                            OperatorId.of(rs.getObject("operator_id", UUID.class)),
                            PlatformAuditEntry.Action.valueOf(rs.getString("action")),
                            rs.getObject("subject_id", UUID.class), rs.getString("summary")));
                }
            }
            return out;
        });
    }
}
