package org.ponte.cases.referral;

import org.ponte.events.vocabulary.ReferralStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface ReferralSummaries extends MongoRepository<ReferralSummary, String> {

    List<ReferralSummary> findByCaseIdOrderByUpdatedAtDesc(String caseId);

    boolean existsByBeneficiaryIdAndPartnerIdAndStatusIn(String beneficiaryId, String partnerId, Collection<ReferralStatus> statuses);
}
