package org.soptrack.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordPolicy;

class PasswordSettingsTest {

    @Test
    void the_shipped_list_has_at_least_the_top_ten_thousand() {
        Set<String> list = PasswordSettings.commonPasswords(getClass().getClassLoader());
        assertThat(list).hasSizeGreaterThanOrEqualTo(10_000).contains("123456", "password", "1qaz2wsx3edc");
    }

    @Test
    void the_policy_refuses_listed_passwords_of_the_minimum_length() {
        PasswordPolicy policy = new PasswordSettings(12, 19456, 2).policy();
        assertThat(policy.problem(new Password("1Q2W3E4R5T6Y"))).contains("is too common; choose another");
        assertThat(policy.problem(new Password("plum tractor harbour lantern"))).isEmpty();
        assertThat(policy.problem(new Password("correct horse battery staple"))).isPresent();
        assertThat(new PasswordSettings(8, 19456, 2).policy().problem(new Password("password1"))).isPresent();
    }

    @Test
    void starting_without_the_list_fails_loudly() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        assertThatThrownBy(() -> PasswordSettings.commonPasswords(empty)).hasMessageContaining("not on the class path");
    }
}
