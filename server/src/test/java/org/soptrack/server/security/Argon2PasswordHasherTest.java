package org.soptrack.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;

/** Argon2id hashes: salted, self-describing, verified only by the same password, never by the decoy. */
class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1);
    private final Password password = new Password("plum tractor harbour lantern");

    @Test
    void the_same_password_matches_another_does_not_and_salts_differ() {
        PasswordHash first = hasher.hash(password);
        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.hash(password)).isNotEqualTo(first);
        assertThat(hasher.matches(password, first)).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery stapl"), first)).isFalse();
        assertThat(hasher.matches(password, hasher.decoy())).isFalse();
    }

    @Test
    void stored_parameters_are_used_so_costs_can_rise_later() {
        PasswordHash cheap = hasher.hash(password);
        assertThat(new Argon2PasswordHasher(2048, 2).matches(password, cheap)).isTrue();
    }

    @Test
    void a_hash_made_at_a_lower_cost_asks_to_be_made_again_and_a_higher_one_does_not() {
        PasswordHash cheap = hasher.hash(password);
        assertThat(hasher.needsRehash(cheap)).isFalse();
        assertThat(new Argon2PasswordHasher(2048, 1).needsRehash(cheap)).as("more memory").isTrue();
        assertThat(new Argon2PasswordHasher(1024, 2).needsRehash(cheap)).as("more passes").isTrue();
        assertThat(new Argon2PasswordHasher(512, 1).needsRehash(cheap)).as("never downgraded").isFalse();
    }

    @Test
    void malformed_hashes_never_match() {
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$!!$!!"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("plain text"))).isFalse();
    }
}
