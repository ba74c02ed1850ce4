package org.ponte.notifications.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface Deliveries extends MongoRepository<Delivery, String> {

    Page<Delivery> findByStatus(DeliveryStatus status, Pageable page);

    List<Delivery> findBySourceEventId(String sourceEventId);
}
