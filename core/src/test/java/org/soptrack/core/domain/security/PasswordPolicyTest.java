package org.soptrack.core.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12,
            Set.of("123456", "Password1234", "correcthorsebatterystaple"));

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(policy.problem(new Password("plum tractor harbour"))).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_or_code_units() {
        assertThat(policy.problem(new Password("ééééééééééé"))).contains("must be at least 12 characters");
        assertThat(policy.problem(new Password("😀😀😀😀😀😀😀😀😀😀😀😀"))).isEmpty();
    }

    @Test
    void a_listed_password_is_refused_in_any_case() {
        assertThat(policy.problem(new Password("PASSWORD1234"))).contains("is too common; choose another");
        assertThat(policy.problem(new Password("CorrectHorseBatteryStaple"))).contains("is too common; choose another");
    }

    @Test
    void keeps_only_the_entries_that_could_ever_match() {
        assertThat(policy.commonPasswords()).containsExactlyInAnyOrder("password1234", "correcthorsebatterystaple");
        assertThat(new PasswordPolicy(8, Set.of("12345678", "1234567")).commonPasswords()).containsExactly("12345678");
    }

    @Test
    void a_password_of_64_characters_or_more_is_taken_whole() {
        String longPassword = "x".repeat(200) + "y";
        assertThat(policy.problem(new Password(longPassword))).isEmpty();
        assertThat(new Password(longPassword).value()).hasSize(201);
    }

    @Test
    void the_minimum_length_stays_within_sane_bounds() {
        assertThatThrownBy(() -> new PasswordPolicy(6, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(65, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
