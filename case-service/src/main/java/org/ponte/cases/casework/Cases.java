package org.ponte.cases.casework;

import org.ponte.events.vocabulary.CaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Cases extends MongoRepository<Case, String> {

    Optional<Case> findByOfficeIdAndCaseNumber(String officeId, String caseNumber);

    Page<Case> findByOfficeId(String officeId, Pageable page);

    Page<Case> findByOfficeIdAndStatus(String officeId, CaseStatus status, Pageable page);

    Page<Case> findByOfficeIdAndAssignedTechnicianId(String officeId, String technicianId, Pageable page);

    Page<Case> findByOfficeIdAndStatusAndAssignedTechnicianId(String officeId, CaseStatus status, String technicianId, Pageable page);

    List<Case> findByBeneficiaryId(String beneficiaryId);

    Page<Case> findByOfficeIdAndBeneficiaryId(String officeId, String beneficiaryId, Pageable page);

    List<Case> findByIdIn(Collection<String> ids);
}
