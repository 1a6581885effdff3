package io.labdesk.platform.core.tracking;

import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Private links for customers, who have no account: an unguessable token (256 random bits) that opens one record
 * of one tenant. Only the token's SHA-256 is stored, so the table cannot be turned back into working links.
 */
@ApplicationScoped
public class TrackingLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    public record Target(UUID tenantId, String subject) {
    }

    /** A new link to {@code subject} (e.g. "request:…") of the current tenant; the token is shown once. */
    @Transactional
    public String issue(String subject) {
        UUID tenant = currentTenant.id().orElseThrow(() -> new IllegalStateException("No tenant bound"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO tracking_link (token_hash, tenant, subject, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, hash(token)).setParameter(2, tenant).setParameter(3, subject)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        return token;
    }

    /** What a token opens, unless it is unknown or revoked. */
    @Transactional
    public Optional<Target> resolve(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Optional<?> found = em.createNativeQuery("SELECT tenant, subject FROM tracking_link WHERE token_hash = ? "
                        + "AND revoked_at IS NULL")
                .setParameter(1, hash(token)).getResultStream().findFirst();
        return found.map(row -> (Object[]) row).map(row -> new Target((UUID) row[0], (String) row[1]));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
