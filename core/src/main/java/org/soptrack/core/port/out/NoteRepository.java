package org.soptrack.core.port.out;

import java.util.List;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Note;

/** Stores staff notes on special orders and customers; append only. */
public interface NoteRepository {

    void add(TenantId tenant, Note note);

    /** The notes on {@code about}, newest first, at most {@code limit}. */
    List<Note> find(TenantId tenant, Note.About about, int limit);
}
