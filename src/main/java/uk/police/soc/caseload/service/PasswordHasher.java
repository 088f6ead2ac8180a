package uk.police.soc.caseload.service;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Slow salted password hashes with Argon2id (Spring Security's encoder over Bouncy Castle): the stored text
 * holds the algorithm, its parameters and the salt, so parameters can be raised later without breaking
 * existing hashes.
 */
final class PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // Checked against when the user name is unknown, so that an unknown name takes as long as a wrong password.
    private final String decoy = encoder.encode("decoy password that nobody has");

    String hash(CharSequence password) {
        return encoder.encode(password);
    }

    boolean matches(CharSequence password, String hash) {
        return hash != null && encoder.matches(password, hash);
    }

    /** Spends the time of one check, for an unknown user name. */
    void spendTimeOfOneCheck(CharSequence password) {
        encoder.matches(password, decoy);
    }
}
