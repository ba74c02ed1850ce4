package org.ponte.notifications.endpoint;

import org.ponte.notifications.NotificationProperties;
import org.ponte.platform.privacy.PersonKeys;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keeps webhook signing secrets sealed at rest, each endpoint's with a data key of its own wrapped under the master key,
 * as a person's data is (the platform's {@link PersonKeys}): rotating the master key covers them, and deleting an
 * endpoint destroys its key. A secret sealed by the earlier box (one AES-256-GCM key from
 * {@code ponte.notifications.secret-key}) still opens with that key while it is configured, and is sealed anew when
 * next read.
 */
@Component
class SecretBox {

    private static final String FIELD = "WebhookEndpoint.secret";
    private static final int LEGACY_NONCE_BYTES = 12;

    private final PersonKeys keys;
    private final SecretKeySpec legacyKey;

    SecretBox(PersonKeys keys, NotificationProperties properties) {
        this.keys = keys;
        this.legacyKey = properties.secretKey() == null || properties.secretKey().isBlank() ? null
                : new SecretKeySpec(Base64.getDecoder().decode(properties.secretKey()), "AES");
    }

    String seal(String endpointId, String secret) {
        return keys.sealText(keyOf(endpointId), FIELD, secret);
    }

    String open(String endpointId, String sealed) {
        if (!isLegacy(sealed)) {
            String secret = keys.openText(keyOf(endpointId), FIELD, sealed);
            if (secret == null) {
                throw new IllegalStateException("the secret of webhook endpoint " + endpointId + " cannot be opened: its key is gone");
            }
            return secret;
        }
        if (legacyKey == null) {
            throw new IllegalStateException("webhook endpoint " + endpointId + " has a secret sealed with ponte.notifications.secret-key, "
                    + "which is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, legacyKey, new GCMParameterSpec(128, bytes, 0, LEGACY_NONCE_BYTES));
            return new String(cipher.doFinal(bytes, LEGACY_NONCE_BYTES, bytes.length - LEGACY_NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a secret sealed before: wrong ponte.notifications.secret-key?", e);
        }
    }

    /** Sealed by the earlier box, with the one configured key: to be sealed anew. */
    boolean isLegacy(String sealed) {
        return !PersonKeys.isSealedText(sealed);
    }

    /** The endpoint is gone: so is its key, and with it every copy of its secret. */
    void forget(String endpointId) {
        keys.forget(keyOf(endpointId));
    }

    private static String keyOf(String endpointId) {
        return "webhook-endpoint:" + endpointId;
    }
}
