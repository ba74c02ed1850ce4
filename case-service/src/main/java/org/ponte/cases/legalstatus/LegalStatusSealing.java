package org.ponte.cases.legalstatus;

import org.bson.Document;
import org.ponte.platform.privacy.PersonKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * The document reference and note of each legal-status entry, stored only sealed with the person's key (the entries are
 * records inside the timeline, so the platform's field-by-field {@code @Sealed} cannot reach them).
 */
@Component
class LegalStatusSealing implements BeforeConvertCallback<LegalStatusTimeline>, AfterConvertCallback<LegalStatusTimeline>,
        AfterSaveCallback<LegalStatusTimeline> {

    private final ObjectProvider<PersonKeys> keys;

    LegalStatusSealing(ObjectProvider<PersonKeys> keys) {
        this.keys = keys;
    }

    @Override
    public LegalStatusTimeline onBeforeConvert(LegalStatusTimeline timeline, String collection) {
        String person = timeline.beneficiaryId();
        timeline.mapPersonalText(text -> keys.getObject().sealText(person, "LegalStatusEntry.documentReference", text),
                text -> keys.getObject().sealText(person, "LegalStatusEntry.note", text));
        return timeline;
    }

    @Override
    public LegalStatusTimeline onAfterSave(LegalStatusTimeline timeline, Document document, String collection) {
        return open(timeline);
    }

    @Override
    public LegalStatusTimeline onAfterConvert(LegalStatusTimeline timeline, Document document, String collection) {
        return open(timeline);
    }

    private LegalStatusTimeline open(LegalStatusTimeline timeline) {
        String person = timeline.beneficiaryId();
        timeline.mapPersonalText(text -> keys.getObject().openText(person, "LegalStatusEntry.documentReference", text),
                text -> keys.getObject().openText(person, "LegalStatusEntry.note", text));
        return timeline;
    }
}
