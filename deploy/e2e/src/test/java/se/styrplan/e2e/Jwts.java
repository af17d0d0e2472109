package se.styrplan.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Forged variants of a real token: each one must be refused. */
final class Jwts {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** The same header and claims with one signature byte changed. */
    static String tamperedSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        byte[] signature = DECODE.decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + B64.encodeToString(signature);
    }

    /** The original signature over claims that now make the caller an admin. */
    static String tamperedClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        String claims = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\",\"planner\",\"viewer\"");
        return parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The real claims under {"alg":"none"} and no signature. */
    static String algNone(String jwt) {
        String[] parts = jwt.split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    static String claims(String jwt) {
        return new String(DECODE.decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
