package org.ponte.notifications.inbox;

import org.ponte.events.vocabulary.RecipientRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;

interface InboxNotifications extends MongoRepository<InboxNotification, String> {

    Page<InboxNotification> findByRecipientRoleAndRecipientIdInOrderByCreatedAtDesc(RecipientRole role, Collection<String> recipientIds,
                                                                                   Pageable page);
}
