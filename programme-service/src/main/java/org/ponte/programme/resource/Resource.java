package org.ponte.programme.resource;

import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A guide or publication of an office, with a title and summary per language (Portuguese and English at least)
 * and a PDF per language. It is written as a DRAFT, PUBLISHED for everyone signed in, and may be WITHDRAWN
 * (and published again).
 */
@Document("resources")
@CompoundIndex(name = "status_type", def = "{'status': 1, 'type': 1}")
public class Resource extends AggregateRoot {

    /** The languages every resource speaks, whatever else it offers. */
    static final List<String> REQUIRED_LANGUAGES = List.of("pt", "en");

    @Id
    private String id;
    private String officeId;
    private ResourceType type;
    private List<InterventionArea> areas;
    private ResourceAudience audience;
    private Map<String, String> titles;
    private Map<String, String> summaries;
    private Map<String, StoredFile> files = new TreeMap<>();
    private ResourceStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant publishedAt;
    private Instant withdrawnAt;

    Resource() {
    }

    /** What a resource is about and says of itself, in each of its languages. */
    record Description(ResourceType type, List<InterventionArea> areas, ResourceAudience audience, Map<String, String> titles,
                       Map<String, String> summaries) {

        Description {
            areas = areas == null ? List.of() : List.copyOf(new LinkedHashSet<>(areas));
            titles = new TreeMap<>(titles);
            summaries = new TreeMap<>(summaries);
            for (String language : REQUIRED_LANGUAGES) {
                if (!titles.containsKey(language)) {
                    throw new RuleViolated("title-missing", "titles", "Give the title in Portuguese and in English (" + language + " is missing).");
                }
                if (!summaries.containsKey(language)) {
                    throw new RuleViolated("summary-missing", "summaries", "Give the summary in Portuguese and in English (" + language + " is missing).");
                }
            }
            if (!titles.keySet().equals(summaries.keySet())) {
                throw new RuleViolated("languages-differ", "summaries", "Give a title and a summary in the same languages.");
            }
        }
    }

    static Resource draft(String id, String officeId, Description description, String by, Instant now) {
        Resource resource = new Resource();
        resource.id = id;
        resource.officeId = officeId;
        resource.type = description.type();
        resource.areas = description.areas();
        resource.audience = description.audience();
        resource.titles = description.titles();
        resource.summaries = description.summaries();
        resource.status = ResourceStatus.DRAFT;
        resource.createdBy = by;
        resource.createdAt = now;
        return resource;
    }

    /** Takes the file of one language, and returns the one it replaces, if any, for its storage to be freed. */
    Optional<StoredFile> attach(String language, StoredFile file) {
        if (status == ResourceStatus.WITHDRAWN) {
            throw new Conflict("withdrawn", "The resource is withdrawn; publish it again before changing its files.");
        }
        requireLanguage(language);
        return Optional.ofNullable(files.put(language, file));
    }

    void publish(String by, Instant now) {
        if (status == ResourceStatus.PUBLISHED) {
            throw new Conflict("published", "The resource is already published.");
        }
        if (files.isEmpty()) {
            throw new RuleViolated("file-missing", "files", "Upload the file of at least one language before publishing.");
        }
        status = ResourceStatus.PUBLISHED;
        publishedAt = now;
        withdrawnAt = null;
        publish(new ResourcePublished(id, officeId, type, areas, audience, List.copyOf(files.keySet()), by, now), now);
    }

    void withdraw(String by, Instant now) {
        if (status != ResourceStatus.PUBLISHED) {
            throw new Conflict("not-published", "Only a published resource can be withdrawn; this one is " + status + ".");
        }
        status = ResourceStatus.WITHDRAWN;
        withdrawnAt = now;
        publish(new ResourceWithdrawn(id, officeId, type, by, now), now);
    }

    Optional<StoredFile> file(String language) {
        return Optional.ofNullable(files.get(language));
    }

    void requireLanguage(String language) {
        if (!titles.containsKey(language)) {
            throw new RuleViolated("language-without-title", "lang", "The resource has no title in '" + language
                    + "'; its languages are " + titles.keySet() + ".");
        }
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public String id() {
        return id;
    }

    public String officeId() {
        return officeId;
    }

    public ResourceType type() {
        return type;
    }

    public List<InterventionArea> areas() {
        return areas;
    }

    public ResourceAudience audience() {
        return audience;
    }

    public Map<String, String> titles() {
        return titles;
    }

    public Map<String, String> summaries() {
        return summaries;
    }

    public Map<String, StoredFile> files() {
        return files;
    }

    public ResourceStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
