package org.soptrack.server.web;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;

/** The rooftops a member reaches, and the one a page is about: the one asked for, else the first. */
record Reachable(List<Rooftop> all, Rooftop shown) {

    /** Not found when the member reaches no rooftop or not the one asked for; core's refusal as it is. */
    static Outcome<Reachable> of(ListRooftopsUseCase rooftops, Actor actor, String asked) {
        Outcome<List<Rooftop>> listed = rooftops.list(actor);
        if (!(listed instanceof Outcome.Ok<List<Rooftop>> ok)) {
            return Pages.cast(listed);
        }
        return ok.value().stream().filter(r -> asked == null || r.id().value().toString().equals(asked))
                .findFirst().map(shown -> Outcome.ok(new Reachable(ok.value(), shown)))
                .orElse(Outcome.notFound("rooftop"));
    }

    String id() {
        return shown.id().value().toString();
    }
}
