package io.newsroom.stylebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signing key of a developer machine, where no identity provider runs: an RSA key pair made on
 * first use in the repository's ignored {@code .keys/} folder, whose public half the services are
 * given to verify tokens ({@code quarkus.oidc.public-key}), and the tokens it signs, shaped as a
 * provider's would be (issuer, subject, name, roles in {@code groups}, an hour long).
 *
 * <p>Test code only: it ships in the stylebook's test jar for the services' tests, and
 * {@code bin/token} runs this file as it is ({@code java LocalTokens.java ROLES [NAME]}). A
 * production build never holds a way to sign.
 */
public final class LocalTokens {

    public static final String ISSUER = "newsroom-local";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private final Path folder;

    private LocalTokens(Path folder) {
        this.folder = folder;
    }

    /** The key in {@code .keys/} of the repository this runs in (the folder above that holds {@code mvnw}), made if missing. */
    public static LocalTokens ofRepository() {
        String configured = System.getProperty("newsroom.keys");
        return in(configured != null ? Path.of(configured) : repositoryRoot().resolve(".keys"));
    }

    public static LocalTokens in(Path folder) {
        LocalTokens tokens = new LocalTokens(folder.toAbsolutePath());
        tokens.ensureKeyPair();
        return tokens;
    }

    /** The public key as {@code quarkus.oidc.public-key} takes it: base64 of its X.509 encoding. */
    public String publicKey() {
        return read("public.key");
    }

    /** A token for a caller with these roles, named {@code name}; its subject is derived from the name. */
    public String token(List<String> roles, String name) {
        Instant now = Instant.now();
        String subject = "local:" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String claims = "{\"iss\":" + quoted(ISSUER) + ",\"sub\":" + quoted(subject) + ",\"name\":" + quoted(name)
                + ",\"preferred_username\":" + quoted(subject.substring("local:".length()))
                + ",\"groups\":[" + roles.stream().map(LocalTokens::quoted).collect(Collectors.joining(",")) + "]"
                + ",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(LIFETIME).getEpochSecond()
                + ",\"jti\":" + quoted(UUID.randomUUID().toString()) + "}";
        String signed = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a local token", e);
        }
    }

    public String token(String roles, String name) {
        return token(List.of(roles.split(",")), name);
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        byte[] encoded = Base64.getDecoder().decode(read("private.key"));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    }

    // Several JVMs may start at once on a fresh clone (tests, bin/token): each writes a complete pair
    // under a temporary name and moves it in; the first move wins and the others read what it wrote.
    private void ensureKeyPair() {
        if (Files.exists(folder.resolve("public.key"))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder.getParent());
            Path staging = Files.createTempDirectory(folder.getParent(), ".keys-");
            Files.writeString(staging.resolve("private.key"), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            Files.writeString(staging.resolve("public.key"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Files.writeString(staging.resolve("README"), "The local signing key of bin/token and the tests. Never used in production; delete the folder to make a new one.\n");
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                     | java.nio.file.DirectoryNotEmptyException e) {
                for (String file : List.of("private.key", "public.key", "README")) {
                    Files.deleteIfExists(staging.resolve(file));
                }
                Files.deleteIfExists(staging);
                if (!Files.exists(folder.resolve("public.key"))) {
                    throw new IllegalStateException(folder + " exists but holds no key pair; delete it to make a new one", e);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not make the local signing key in " + folder, e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file)).strip();
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + folder.resolve(file), e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("stylebook"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the repository: set -Dnewsroom.keys to the key folder");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bin/token ROLES [NAME]} and {@code bin/token --public-key}. */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--public-key")) {
            System.out.println(ofRepository().publicKey());
            return;
        }
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("usage: bin/token ROLES [NAME]   e.g. bin/token editor \"Ada Desk\"   (roles: reader, editor, fact-checker, admin)");
            System.err.println("       bin/token --public-key  the key the services verify local tokens with");
            System.exit(2);
        }
        System.out.println(ofRepository().token(args[0], args.length == 2 ? args[1] : "Local Editor"));
    }
}
