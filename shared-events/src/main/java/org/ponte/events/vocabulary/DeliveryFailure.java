package org.ponte.events.vocabulary;

/**
 * Why a delivery failed, as a category: error texts may quote what was sent and never travel in events.
 * {@code RECIPIENT_UNAVAILABLE}: no address is known for the recipient, or it no longer takes notices
 * (a deactivated partner).
 */
public enum DeliveryFailure {
    TIMEOUT, CONNECTION_FAILED, HTTP_CLIENT_ERROR, HTTP_SERVER_ERROR, SMTP_REJECTED, ENDPOINT_NOT_ALLOWED, RECIPIENT_UNAVAILABLE, OTHER
}
