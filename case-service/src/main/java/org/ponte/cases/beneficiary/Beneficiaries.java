package org.ponte.cases.beneficiary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface Beneficiaries extends MongoRepository<Beneficiary, String> {

    List<Beneficiary> findByOfficeIdAndNameKeyAndDateOfBirth(String officeId, String nameKey, LocalDate dateOfBirth);

    Page<Beneficiary> findByOfficeIdAndNameKeyContainingAndErasedAtIsNull(String officeId, String nameKeyPart, Pageable page);

    Page<Beneficiary> findByOfficeIdAndIdInAndErasedAtIsNull(String officeId, Collection<String> ids, Pageable page);

    Page<Beneficiary> findByOfficeIdAndErasedAtIsNull(String officeId, Pageable page);
}
