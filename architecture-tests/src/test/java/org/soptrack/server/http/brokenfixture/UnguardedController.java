package org.soptrack.server.http.brokenfixture;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.soptrack.core.port.out.MemberRepository;

/** Deliberately broken: an endpoint without a security rule that reads a repository directly. */
@Controller("/broken")
public class UnguardedController {

    private final MemberRepository members;

    public UnguardedController(MemberRepository members) {
        this.members = members;
    }

    @Get
    public String everyone() {
        return members.toString();
    }
}
