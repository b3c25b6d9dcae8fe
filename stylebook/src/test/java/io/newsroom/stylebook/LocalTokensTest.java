package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokensTest {

    @Test
    void aTokenIsSignedByTheKeyWhosePublicHalfTheServicesAreGiven(@TempDir Path dir) throws Exception {
        LocalTokens tokens = LocalTokens.in(dir.resolve(".keys"));
        String[] parts = tokens.token("editor,fact-checker", "Ada \"Desk\"").split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(tokens.publicKey()))));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"editor\",\"fact-checker\"]"), claims);
        assertTrue(claims.contains("\"name\":\"Ada \\\"Desk\\\"\""), claims);
        assertTrue(claims.contains("\"sub\":\"local:ada-desk\""), claims);
    }

    @Test
    void theKeyIsMadeOnceAndKept(@TempDir Path dir) {
        String first = LocalTokens.in(dir.resolve(".keys")).publicKey();
        assertEquals(first, LocalTokens.in(dir.resolve(".keys")).publicKey());
    }
}
