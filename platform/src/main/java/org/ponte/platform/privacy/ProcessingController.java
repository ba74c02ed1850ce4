package org.ponte.platform.privacy;

import org.ponte.platform.audit.AuditEntry;
import org.ponte.platform.audit.AuditLog;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's record of processing and a person's subject access, for administrators:
 * {@code GET /api/v1/processing-record} lists every stored record that holds something about people ({@link Processing}
 * on its class: what, why, how long, which fields are sealed), found in the code; {@code GET /api/v1/subject-access/{id}}
 * gathers what every feature holds on one person ({@link SubjectAccess}) and who read or changed it (the audit log),
 * and is itself audited.
 */
@RestController
class ProcessingController {

    private final String service;
    private final List<SubjectAccess> features;
    private final AuditLog auditLog;
    private final List<ProcessingLine> record;

    ProcessingController(String service, List<SubjectAccess> features, AuditLog auditLog) {
        this.service = service;
        this.features = features;
        this.auditLog = auditLog;
        this.record = scan();
    }

    record ProcessingLine(String collection, String holds, String purpose, String kept, List<String> sealed) {
    }

    record ProcessingRecord(String service, List<ProcessingLine> records) {
    }

    record Holdings(String service, String personId, Map<String, Object> holdings, List<AuditEntry> accessLog) {
    }

    @GetMapping("/api/v1/processing-record")
    ProcessingRecord processingRecord() {
        return new ProcessingRecord(service, record);
    }

    @GetMapping("/api/v1/subject-access/{personId}")
    Holdings subjectAccess(@PathVariable String personId) {
        Map<String, Object> holdings = new LinkedHashMap<>();
        features.forEach(feature -> holdings.putAll(feature.holdingsOf(personId)));
        List<AuditEntry> accessLog = auditLog.search(personId, null, null, PageRequest.of(0, 500)).getContent();
        auditLog.read(personId, "subject-access.export", "subject access request");
        return new Holdings(service, personId, holdings, accessLog);
    }

    /** Every stored record of the application's packages (and the platform's) that says what it holds about people. */
    private static List<ProcessingLine> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Processing.class));
        List<ProcessingLine> lines = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.ponte")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ProcessingController.class.getClassLoader());
            Processing processing = type.getAnnotation(Processing.class);
            Document document = type.getAnnotation(Document.class);
            List<String> sealed = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Sealed.class)) {
                        sealed.add(field.getName());
                    }
                }
            }
            lines.add(new ProcessingLine(document != null && !document.value().isEmpty() ? document.value() : type.getSimpleName(),
                    processing.holds(), processing.purpose(), processing.kept(), sealed));
        }
        // The audit log is the platform's, a package this one reads from (so it cannot carry the annotation itself).
        lines.add(new ProcessingLine(AuditEntry.COLLECTION, "whose data was read or changed (the person's id), by whom, what and why; none of the data",
                "accountability: who accessed whose personal data, and why", "as long as the service's data; never changed or deleted", List.of()));
        lines.sort(Comparator.comparing(ProcessingLine::collection));
        return lines;
    }
}
