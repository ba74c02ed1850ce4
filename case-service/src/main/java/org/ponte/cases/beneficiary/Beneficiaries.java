package org.ponte.cases.beneficiary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.Collection;
import java.util.List;

public interface Beneficiaries extends MongoRepository<Beneficiary, String> {

    /** Those with the same name and date of birth, by their keyed hash ({@link BeneficiarySealing#duplicateIndex}). */
    List<Beneficiary> findByOfficeIdAndDuplicateIndex(String officeId, String duplicateIndex);

    /** Those whose name has a word starting with each word searched, by their keyed hashes ({@link BeneficiarySealing#nameQuery}). */
    @Query("{ 'officeId': ?0, 'nameIndex': { $all: ?1 }, 'erasedAt': null }")
    Page<Beneficiary> findByNameHashes(String officeId, List<String> nameHashes, Pageable page);

    Page<Beneficiary> findByOfficeIdAndIdInAndErasedAtIsNull(String officeId, Collection<String> ids, Pageable page);

    Page<Beneficiary> findByOfficeIdAndErasedAtIsNull(String officeId, Pageable page);
}
