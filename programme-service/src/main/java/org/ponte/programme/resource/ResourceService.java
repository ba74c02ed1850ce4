package org.ponte.programme.resource;

import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The use cases on the library: an office's technicians write, upload, publish and withdraw its resources;
 * everyone signed in reads what is published, and the office reads its drafts too.
 */
@Service
class ResourceService {

    private final Resources resources;
    private final ResourceFiles files;
    private final MongoOperations mongo;
    private final Clock clock;

    ResourceService(Resources resources, ResourceFiles files, MongoOperations mongo, Clock clock) {
        this.resources = resources;
        this.files = files;
        this.mongo = mongo;
        this.clock = clock;
    }

    Resource create(CurrentUser user, ResourceRequests.Create request) {
        user.requireTechnicianOf(request.officeId());
        return resources.save(Resource.draft(UUID.randomUUID().toString(), request.officeId(), request.description(), user.id(),
                Instant.now(clock)));
    }

    /** Refuses, before a byte of the file is read, what the upload could not do. */
    void requireUploadable(CurrentUser user, String id, String language) {
        toChange(user, id).requireLanguage(language);
    }

    Resource attach(CurrentUser user, String id, String language, byte[] pdf) {
        Resource resource = toChange(user, id);
        resource.requireLanguage(language);
        StoredFile stored = files.store(resource.id(), language, pdf, user.id(), Instant.now(clock));
        Resource saved;
        try {
            resource.attach(language, stored).ifPresent(files::delete);
            saved = resources.save(resource);
        } catch (RuntimeException refused) {
            files.delete(stored);
            throw refused;
        }
        return saved;
    }

    Resource publish(CurrentUser user, String id) {
        Resource resource = toChange(user, id);
        resource.publish(user.id(), Instant.now(clock));
        return resources.save(resource);
    }

    Resource withdraw(CurrentUser user, String id) {
        Resource resource = toChange(user, id);
        resource.withdraw(user.id(), Instant.now(clock));
        return resources.save(resource);
    }

    Resource read(CurrentUser user, String id) {
        return resources.findById(id).filter(resource -> visible(user, resource)).orElseThrow(() -> new NotFound("Resource " + id));
    }

    /** The file of one language, to be streamed and closed by the caller. */
    Download download(CurrentUser user, String id, String language) {
        Resource resource = read(user, id);
        StoredFile file = resource.file(language).orElseThrow(() -> new NotFound("The file in '" + language + "' of resource " + id));
        return new Download(resource, file, files.open(file));
    }

    record Download(Resource resource, StoredFile file, InputStream content) {
    }

    /** Published resources for everyone; an office's technicians and managers see its drafts and withdrawn ones too. */
    Page<Resource> list(CurrentUser user, ResourceType type, String language, InterventionArea area, Pageable page) {
        Criteria criteria = new Criteria();
        if (!user.isAdmin()) {
            boolean ofAnOffice = (user.has(Role.TECHNICIAN) || user.has(Role.MANAGER)) && user.officeId() != null;
            criteria = ofAnOffice
                    ? new Criteria().orOperator(Criteria.where("status").is(ResourceStatus.PUBLISHED), Criteria.where("officeId").is(user.officeId()))
                    : Criteria.where("status").is(ResourceStatus.PUBLISHED);
        }
        List<Criteria> filters = new ArrayList<>(List.of(criteria));
        if (type != null) {
            filters.add(Criteria.where("type").is(type));
        }
        if (language != null) {
            filters.add(Criteria.where("files." + language).exists(true));
        }
        if (area != null) {
            filters.add(Criteria.where("areas").is(area));
        }
        Criteria all = new Criteria().andOperator(filters.toArray(Criteria[]::new));
        List<Resource> found = mongo.find(Query.query(all).with(page), Resource.class);
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(Query.query(all), Resource.class));
    }

    private boolean visible(CurrentUser user, Resource resource) {
        return resource.isPublished() || user.worksFor(resource.officeId());
    }

    private Resource toChange(CurrentUser user, String id) {
        Resource resource = read(user, id);
        user.requireTechnicianOf(resource.officeId());
        return resource;
    }
}
