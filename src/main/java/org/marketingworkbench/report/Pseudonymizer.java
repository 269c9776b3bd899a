package org.marketingworkbench.report;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces personal data by a keyed hash (HMAC-SHA-256 with the project's salt), so exports
 * can still be joined on a pseudonymised customer while the value itself cannot be read or
 * guessed from a list of phone numbers without the salt.
 */
public final class Pseudonymizer {
    private static final int HEX_LENGTH = 16;
    private final Mac mac;

    public Pseudonymizer(byte[] salt) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** A stable pseudonym such as {@code pid_3f9a0c1d2e4b5a69}; missing values stay missing. */
    public String pseudonym(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return "pid_" + HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
    }
}
