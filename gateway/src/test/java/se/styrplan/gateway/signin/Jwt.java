package se.styrplan.gateway.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.vertx.core.json.JsonObject;

/** Reads a JWT's claims (no verification: the tests only look at what a service was given). */
public final class Jwt {

    private Jwt() {
    }

    public static JsonObject claims(String token) {
        String jwt = token.startsWith("Bearer ") ? token.substring("Bearer ".length()) : token;
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
