package org.ponte.programme.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.web.PageResponse;
import org.ponte.platform.web.Paging;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code /api/v1/resources}: the library of guides and publications, and their files per language. */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceController {

    private static final String LANGUAGE = "[a-z]{2}";

    private final ResourceService service;
    private final ResourceProperties properties;

    ResourceController(ResourceService service, ResourceProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @PostMapping
    ResponseEntity<ResourceView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ResourceRequests.Create request) {
        Resource resource = service.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/resources/" + resource.id())).body(ResourceView.of(resource));
    }

    /** The file of one language, as the body ({@code application/pdf}); it replaces the one before. */
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))))
    @PutMapping("/{id}/files/{lang}")
    ResourceView upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                        @PathVariable("lang") @Pattern(regexp = LANGUAGE, message = "must be an ISO 639-1 code") String language,
                        HttpServletRequest request) {
        service.requireUploadable(user, id, language);
        byte[] pdf = PdfBody.read(request, properties.maxFileSize());
        return ResourceView.of(service.attach(user, id, language, pdf));
    }

    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{id}/files/{lang}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                                 @PathVariable("lang") @Pattern(regexp = LANGUAGE, message = "must be an ISO 639-1 code") String language) {
        ResourceService.Download download = service.download(user, id, language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(download.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.resource().type().name().toLowerCase() + "-" + id + "-" + language + ".pdf").build().toString())
                .eTag("\"" + download.file().sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }

    @PostMapping("/{id}/publish")
    ResourceView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return ResourceView.of(service.publish(user, id));
    }

    @PostMapping("/{id}/withdraw")
    ResourceView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return ResourceView.of(service.withdraw(user, id));
    }

    @GetMapping("/{id}")
    ResourceView read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return ResourceView.of(service.read(user, id));
    }

    /** Newest first. */
    @GetMapping
    PageResponse<ResourceView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ResourceType type,
                                    @RequestParam(name = "lang", required = false) @Pattern(regexp = LANGUAGE, message = "must be an ISO 639-1 code") String language,
                                    @RequestParam(required = false) InterventionArea area,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(service.list(user, type, language, area, Paging.of(page, size, 100, Sort.by(Sort.Order.desc("createdAt")))),
                ResourceView::of);
    }
}
