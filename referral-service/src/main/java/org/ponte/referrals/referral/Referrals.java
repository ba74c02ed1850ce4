package org.ponte.referrals.referral;

import org.ponte.events.vocabulary.ReferralStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

public interface Referrals extends MongoRepository<Referral, String> {

    List<Referral> findByStatusAndOverdueFalseAndRespondByBefore(ReferralStatus status, Instant now);

    List<Referral> findByCaseIdAndStatusIn(String caseId, List<ReferralStatus> statuses);

    List<Referral> findByBeneficiaryId(String beneficiaryId);

    List<Referral> findByBeneficiaryIdAndStatusIn(String beneficiaryId, List<ReferralStatus> statuses);

    long countByStatusAndOverdueTrue(ReferralStatus status);
}
