package org.ponte.notifications.delivery;

/** PENDING until tried; FAILED while it will be tried again; DELIVERED; DEAD once out of attempts (an ADMIN may retry it). */
public enum DeliveryStatus {
    PENDING, FAILED, DELIVERED, DEAD
}
