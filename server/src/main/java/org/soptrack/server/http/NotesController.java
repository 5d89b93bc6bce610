package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.server.security.Principals;

/** Staff notes on a special order and on a customer (R-SOP-8), newest first. */
@Tag(name = "Notes")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class NotesController {

    private final NotesUseCase notes;

    NotesController(NotesUseCase notes) {
        this.notes = notes;
    }

    /** The notes on a special order, oldest first. */
    @Get("/sops/{id}/notes")
    HttpResponse<Notes> orderNotes(Authentication auth, @PathVariable String id) {
        return list(auth, Note.About.order(Input.pathId(id, SpecialOrderId::parse)));
    }

    /** {@code {text}} (1 to 2000 characters) → 201 the note as listed. */
    @Post("/sops/{id}/notes")
    @Status(HttpStatus.CREATED)
    HttpResponse<NoteJson> addOrderNote(Authentication auth, @PathVariable String id, @Body NewNote body) {
        return add(auth, Note.About.order(Input.pathId(id, SpecialOrderId::parse)), body);
    }

    /** The notes on a customer, oldest first. */
    @Get("/customers/{id}/notes")
    HttpResponse<Notes> customerNotes(Authentication auth, @PathVariable String id) {
        return list(auth, Note.About.customer(Input.pathId(id, CustomerId::parse)));
    }

    /** Adds a note to a customer. */
    @Post("/customers/{id}/notes")
    @Status(HttpStatus.CREATED)
    HttpResponse<NoteJson> addCustomerNote(Authentication auth, @PathVariable String id, @Body NewNote body) {
        return add(auth, Note.About.customer(Input.pathId(id, CustomerId::parse)), body);
    }

    private HttpResponse<Notes> list(Authentication auth, Note.About about) {
        return Problems.ok(notes.list(Principals.actor(auth), about),
                entries -> new Notes(entries.stream().map(NoteJson::of).toList()));
    }

    private HttpResponse<NoteJson> add(Authentication auth, Note.About about, NewNote body) {
        return Problems.respond(notes.add(Principals.actor(auth), about, Input.required("text", body.text(), t -> t)),
                HttpStatus.CREATED, NoteJson::of);
    }

    @Serdeable
    record NewNote(String text) {
    }

    @Serdeable
    record Notes(List<NoteJson> items) {
    }

    /** A note with its author: {@code author} is {@code member:<id>} (or operator, system), {@code by} their name. */
    @Serdeable
    record NoteJson(String id, String text, String author, String by, Instant at) {
        static NoteJson of(NotesUseCase.Entry e) {
            return new NoteJson(e.id().toString(), e.text(), Actors.text(e.author()), e.authorName(), e.at());
        }
    }
}
