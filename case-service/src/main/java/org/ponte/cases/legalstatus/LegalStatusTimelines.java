package org.ponte.cases.legalstatus;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.List;

public interface LegalStatusTimelines extends MongoRepository<LegalStatusTimeline, String> {

    List<LegalStatusTimeline> findByLatestValidUntilBetween(LocalDate from, LocalDate to);

    List<LegalStatusTimeline> findByOfficeIdAndLatestValidUntilBetween(String officeId, LocalDate from, LocalDate to);
}
