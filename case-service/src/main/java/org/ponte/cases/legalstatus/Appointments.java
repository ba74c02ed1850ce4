package org.ponte.cases.legalstatus;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

public interface Appointments extends MongoRepository<Appointment, String> {

    List<Appointment> findByBeneficiaryIdOrderByAtDesc(String beneficiaryId);

    List<Appointment> findByOfficeIdAndOutcomeIsNullAndAtBetween(String officeId, Instant from, Instant to);

    List<Appointment> findByOutcomeIsNullAndRemindedFalseAndAtBetween(Instant from, Instant to);
}
