package org.ponte.notifications.delivery;

import org.ponte.events.vocabulary.DeliveryFailure;
import org.ponte.events.vocabulary.NotificationChannel;
import org.ponte.events.vocabulary.RecipientRole;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

import java.util.Map;

/** {@code /api/v1/deliveries}: the operations view of every delivery, and the retry of dead ones (ADMIN). */
@RestController
@RequestMapping("/api/v1/deliveries")
@PreAuthorize("hasRole('ADMIN')")
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    /** A delivery without its body: subjects and bodies are for the recipient. */
    record DeliveryView(String id, NotificationChannel channel, RecipientRole recipientRole, String recipientId, String target,
                        String sourceEventId, String sourceType, String referralId, DeliveryStatus status, int attempts,
                        Instant nextAttemptAt, DeliveryFailure lastFailure, Integer lastHttpStatus, Instant createdAt,
                        Instant deliveredAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.channel(), d.recipientRole(), d.recipientId(), d.target(), d.sourceEventId(),
                    d.sourceType(), d.referralId(), d.status(), d.attempts(), d.nextAttemptAt(), d.lastFailure(), d.lastHttpStatus(),
                    d.createdAt(), d.deliveredAt());
        }
    }

    /** The orders the list offers besides its own (newest first). */
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status", "attempts", "attempts",
            "nextAttemptAt", "nextAttemptAt");

    @GetMapping
    PageResponse<DeliveryView> list(@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest request = Paging.of(page, size, 200, Paging.sort(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageResponse.of(deliveries.list(status, request), DeliveryView::of);
    }

    @PostMapping("/{id}/retry")
    DeliveryView retry(@PathVariable String id) {
        return DeliveryView.of(deliveries.retry(id));
    }
}
