package org.ponte.notifications.inbox;

import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.notifications.wording.Message;
import org.ponte.notifications.wording.NotificationContent;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code /api/v1/notifications}: the caller's inbox, newest first. */
@RestController
@RequestMapping("/api/v1/notifications")
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    /** A notification in the words of the language the caller's {@code Accept-Language} prefers (pt or en; pt by default). */
    record NotificationView(String id, RecipientRole recipientRole, String recipientId, String kind, String referralId,
                            String referenceNumber, String language, String subject, String text, String link, Instant createdAt,
                            Instant readAt) {

        static NotificationView of(InboxNotification n, String language) {
            Message words = n.in(language);
            return new NotificationView(n.id, n.recipientRole, n.recipientId, n.kind, n.referralId, n.referenceNumber, language,
                    words.subject(), words.text(), n.link, n.createdAt, n.readAt);
        }
    }

    @GetMapping
    PageResponse<NotificationView> mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size,
                                        @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String language = NotificationContent.languageOf(acceptLanguage);
        return PageResponse.of(inbox.of(user, Paging.of(page, size, 100, Sort.unsorted())),
                n -> NotificationView.of(n, language));
    }

    @PostMapping("/{id}/read")
    NotificationView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return NotificationView.of(inbox.markRead(user, id), NotificationContent.languageOf(acceptLanguage));
    }
}
