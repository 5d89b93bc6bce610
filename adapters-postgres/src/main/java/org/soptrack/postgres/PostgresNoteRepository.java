package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.port.out.NoteRepository;

/** Notes on PostgreSQL; rows are only ever added (an erasure blanks their text). */
@Singleton
public final class PostgresNoteRepository implements NoteRepository {

    private final NoteRows rows;

    PostgresNoteRepository(NoteRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Note n) {
        rows.save(new NoteRow(tenant.value(), n.id(), n.about().order().map(SpecialOrderId::value).orElse(null),
                n.about().customer().map(CustomerId::value).orElse(null), n.text(), n.author().kind().name(),
                n.author().id(), n.at()));
    }

    @Override
    public List<Note> find(TenantId tenant, Note.About about, int limit) {
        List<NoteRow> found = about.order().isPresent()
                ? rows.onOrder(tenant.value(), about.order().get().value(), limit)
                : rows.onCustomer(tenant.value(), about.customer().orElseThrow().value(), limit);
        return found.stream().map(PostgresNoteRepository::note).toList();
    }

    private static Note note(NoteRow r) {
        return new Note(r.id(), TenantId.of(r.organizationId()), new Note.About(
                Optional.ofNullable(r.specialOrderId()).map(SpecialOrderId::new),
                Optional.ofNullable(r.customerId()).map(CustomerId::new)), r.text(),
                Columns.actor(r.authorKind(), r.authorId()), r.at());
    }
}
