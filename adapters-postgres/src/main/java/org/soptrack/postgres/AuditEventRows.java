package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** SQL over {@code audit_events}: insert and a filtered, keyset-paged read; the app role may do nothing else. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRows extends GenericRepository<AuditEventRow, UUID> {

    @Query("""
            INSERT INTO audit_events (organization_id, id, at, actor_kind, actor_id, action, target, details)
            VALUES (:organizationId, :id, :at, :actorKind, :actorId, :action, :target,
                   jsonb_object(CAST(:detailKeys AS text[]), CAST(:detailValues AS text[])))""")
    void insert(AuditEventRow row);

    @Query("""
            SELECT organization_id, id, at, actor_kind, actor_id, action, target,
                   CAST(ARRAY(SELECT key FROM jsonb_each_text(details) ORDER BY key) AS text[]) AS detail_keys,
                   CAST(ARRAY(SELECT value FROM jsonb_each_text(details) ORDER BY key) AS text[]) AS detail_values
              FROM audit_events
             WHERE organization_id = :organizationId
               AND (CAST(:actorKind AS text) IS NULL OR (actor_kind = :actorKind AND actor_id = :actorId))
               AND (cardinality(CAST(:actions AS text[])) = 0 OR action = ANY (CAST(:actions AS text[])))
               AND (CAST(:fromAt AS timestamptz) IS NULL OR at >= :fromAt)
               AND (CAST(:toAt AS timestamptz) IS NULL OR at < :toAt)
               AND (CAST(:afterAt AS timestamptz) IS NULL OR (at, id) < (:afterAt, :afterId))
             ORDER BY at DESC, id DESC
             LIMIT :limit""")
    List<AuditEventRow> find(UUID organizationId, @Nullable String actorKind, @Nullable UUID actorId,
                             String[] actions, @Nullable Instant fromAt, @Nullable Instant toAt,
                             @Nullable Instant afterAt, @Nullable UUID afterId, int limit);
}
