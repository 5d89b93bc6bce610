package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.port.out.NoteRepository;

/** In-memory {@link NoteRepository}. */
public final class InMemoryNoteRepository implements NoteRepository {

    private final InMemoryTable<UUID, Note> table;

    public InMemoryNoteRepository(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public void add(TenantId tenant, Note note) {
        table.insert(tenant, note.id(), note, 0);
    }

    @Override
    public List<Note> find(TenantId tenant, Note.About about, int limit) {
        return table.rows(tenant).map(InMemoryTable.Row::value).filter(n -> n.about().equals(about))
                .sorted(Comparator.comparing(Note::at).thenComparing(n -> n.id().toString()).reversed())
                .limit(limit).toList();
    }

    InMemoryTable<UUID, Note> table() {
        return table;
    }
}
