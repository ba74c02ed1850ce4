package org.ponte.notifications.inbox;

import org.ponte.platform.domain.NotFound;
import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The in-app inboxes: a partner organisation's users share their organisation's; each technician has their own, and
 * sees their office's too (what falls due at the office is for whichever of its technicians looks first).
 */
@Service
public class InboxService {

    private final InboxNotifications store;
    private final Clock clock;

    InboxService(InboxNotifications store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Puts a notification in an inbox once; the same notification again is ignored. */
    public void put(InboxNotification notification) {
        try {
            store.insert(notification);
        } catch (DuplicateKeyException alreadyThere) {
            // The same source event for the same recipient: delivered once already.
        }
    }

    /** The recipient id of an office's shared inbox and mailbox. */
    public static String officeInbox(String officeId) {
        return "office:" + officeId;
    }

    Page<InboxNotification> of(CurrentUser user, Pageable page) {
        return store.findByRecipientRoleAndRecipientIdInOrderByCreatedAtDesc(role(user), recipients(user), page);
    }

    InboxNotification markRead(CurrentUser user, String id) {
        InboxNotification notification = store.findById(id)
                .filter(n -> n.recipientRole == role(user) && recipients(user).contains(n.recipientId))
                .orElseThrow(() -> new NotFound("Notification " + id));
        if (notification.readAt == null) {
            notification.readAt = Instant.now(clock);
            store.save(notification);
        }
        return notification;
    }

    private static RecipientRole role(CurrentUser user) {
        return user.has(Role.PARTNER) ? RecipientRole.PARTNER : RecipientRole.TECHNICIAN;
    }

    private static List<String> recipients(CurrentUser user) {
        if (user.has(Role.PARTNER)) {
            return List.of(user.partnerId());
        }
        return user.officeId() == null ? List.of(user.id()) : List.of(user.id(), officeInbox(user.officeId()));
    }
}
