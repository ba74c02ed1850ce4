package org.ponte.cases.casework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Attendances extends MongoRepository<Attendance, String> {

    Page<Attendance> findByCaseId(String caseId, Pageable page);
}
