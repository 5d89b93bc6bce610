package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.server.security.Principals;

/** The rooftops (dealership locations) of the caller's organization and their settings. */
@Tag(name = "Rooftops")
@ProblemResponses
@Controller("/api/v1/rooftops")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RooftopsController {

    private final ChangeRooftopUseCase changeRooftop;
    private final CreateRooftopUseCase createRooftop;
    private final ListRooftopsUseCase listRooftops;

    RooftopsController(ChangeRooftopUseCase changeRooftop, CreateRooftopUseCase createRooftop, ListRooftopsUseCase listRooftops) {
        this.changeRooftop = changeRooftop;
        this.createRooftop = createRooftop;
        this.listRooftops = listRooftops;
    }

    /** The rooftops the caller may see. */
    @Get
    HttpResponse<List<RooftopJson.View>> rooftops(Authentication auth) {
        return Problems.ok(listRooftops.list(Principals.actor(auth)),
                rooftops -> rooftops.stream().map(RooftopJson.View::of).toList());
    }

    /** Opens a rooftop. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<RooftopJson.View> createRooftop(Authentication auth, @Body RooftopJson.Details details) {
        var command = new CreateRooftopUseCase.Command(Principals.actor(auth), details.details());
        return Problems.respond(createRooftop.create(command), HttpStatus.CREATED, RooftopJson.View::of);
    }

    /** Changes a rooftop's details and settings, at the version read. */
    @Put("/{id}")
    HttpResponse<RooftopJson.View> changeRooftop(Authentication auth, @PathVariable String id,
                                                 @Body RooftopJson.Change change) {
        var command = new ChangeRooftopUseCase.Command(Principals.actor(auth), Input.pathId(id, RooftopId::parse),
                Input.version(change.version()), Input.nested("details", change.details(), () -> change.details().details()),
                Input.nested("settings", change.settings(), () -> change.settings().settings()));
        return Problems.ok(changeRooftop.change(command), RooftopJson.View::of);
    }
}
