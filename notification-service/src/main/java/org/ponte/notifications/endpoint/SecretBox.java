package org.ponte.notifications.endpoint;

import org.ponte.notifications.NotificationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps webhook signing secrets encrypted at rest (AES-256-GCM, a fresh nonce per secret) with a key that
 * comes from the environment ({@code ponte.notifications.secret-key}); without one, the service refuses to
 * start rather than store secrets in the clear.
 */
@Component
class SecretBox {

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(NotificationProperties properties) {
        if (properties.secretKey() == null || properties.secretKey().isBlank()) {
            throw new IllegalStateException("ponte.notifications.secret-key (PONTE_NOTIFICATIONS_SECRET_KEY) is required: "
                    + "base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
        }
        byte[] bytes = Base64.getDecoder().decode(properties.secretKey());
        if (bytes.length != 32) {
            throw new IllegalStateException("ponte.notifications.secret-key must be 32 bytes (base64), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a secret: wrong ponte.notifications.secret-key?", e);
        }
    }
}
