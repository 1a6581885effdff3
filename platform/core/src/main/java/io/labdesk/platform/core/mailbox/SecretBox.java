package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.config.Setting;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret with AES-GCM under a key from the server's configuration ({@link Setting#MAILBOX_KEY}), so the
 * database, its backups and exports never hold it in clear. Without a key nothing can be sealed: saving says so.
 */
final class SecretBox {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretBox() {
    }

    static boolean configured() {
        return Setting.MAILBOX_KEY.value().isPresent();
    }

    static String seal(String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the secret", e);
        }
    }

    /** The secret in clear; fails when the server's key changed since it was sealed. */
    static String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The mailbox password cannot be opened with the server's key", e);
        }
    }

    private static SecretKeySpec key() throws GeneralSecurityException {
        String configured = Setting.MAILBOX_KEY.value()
                .orElseThrow(() -> new InvalidInput(Map.of("password", "validation.mailbox.noKey")));
        return new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(configured.getBytes(StandardCharsets.UTF_8)), "AES");
    }
}
