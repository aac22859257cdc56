package org.grassroots.plan.core.user;

import java.security.SecureRandom;

/** Random one-time passwords, without characters that are easily mistaken for each other (0/O, 1/l/I). */
final class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
