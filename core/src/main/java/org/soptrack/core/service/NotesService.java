package org.soptrack.core.service;

import java.util.List;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.NoteRepository;

/** Notes on the special orders and customers the actor reaches. */
public final class NotesService implements NotesUseCase {

    private final UseCaseContext ctx;
    private final NoteRepository notes;
    private final MemberRepository members;
    private final SpecialOrderChanges orders;
    private final CustomerVisibility customers;

    NotesService(UseCaseContext ctx, NoteRepository notes, MemberRepository members, SpecialOrderChanges orders,
                 CustomerVisibility customers) {
        this.ctx = ctx;
        this.notes = notes;
        this.members = members;
        this.orders = orders;
        this.customers = customers;
    }

    @Override
    public Outcome<Entry> add(Actor actor, Note.About about, String text) {
        return ctx.authorized(actor, Permission.NOTE_WRITE, access -> {
            if (!reaches(access, actor.tenantId(), about)) {
                return notFound(about);
            }
            Note note = new Note(ctx.newId(), actor.tenantId(), about, text, access.actor(), ctx.now());
            notes.add(actor.tenantId(), note);
            return Outcome.ok(entry(actor.tenantId(), note));
        });
    }

    @Override
    public Outcome<List<Entry>> list(Actor actor, Note.About about) {
        Permission read = about.order().isPresent() ? Permission.SOP_READ : Permission.CUSTOMER_CONTACT_READ;
        return ctx.authorized(actor, read, access -> reaches(access, actor.tenantId(), about)
                ? Outcome.ok(notes.find(actor.tenantId(), about, SHOWN).stream()
                        .map(n -> entry(actor.tenantId(), n)).toList())
                : notFound(about));
    }

    private boolean reaches(Access.Granted access, TenantId tenant, Note.About about) {
        return about.order().map(id -> orders.visible(tenant, id, access.scope()).isPresent())
                .orElseGet(() -> customers.find(access, tenant, about.customer().orElseThrow()).isPresent());
    }

    private static <T> Outcome<T> notFound(Note.About about) {
        return Outcome.notFound(about.order().isPresent() ? "special order" : "customer");
    }

    private Entry entry(TenantId tenant, Note note) {
        return new Entry(note.id(), note.text(), note.author(), name(tenant, note.author()), note.at());
    }

    private String name(TenantId tenant, ActorRef author) {
        return switch (author.kind()) {
            case MEMBER -> members.find(tenant, MemberId.of(author.id())).map(m -> m.state().displayName())
                    .orElse(Member.ANONYMIZED_NAME);
            case OPERATOR -> "Platform support";
            case SYSTEM -> "soptrack";
        };
    }
}
