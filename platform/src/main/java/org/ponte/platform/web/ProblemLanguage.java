package org.ponte.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * Problems in the reader's language. The code writes them in English, which is what integrations read; a request
 * whose {@code Accept-Language} prefers Portuguese to English (the front end's pages send theirs) reads them in
 * Portuguese instead: the detail by problem type ({@code problem.<slug>}), a field's message by the problem type of a
 * domain rule or by the constraint a value breaks ({@code constraint.<NotBlank…>}). The texts are kept in
 * {@code i18n/problems_pt.properties}, each service's own types in its own file and the platform's in
 * {@code i18n/platform-problems_pt.properties}; a type without one reads as its status does, so that no English
 * reaches a Portuguese page.
 */
public final class ProblemLanguage {

    static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    private static final MessageSource PORTUGUESE_TEXTS = texts();

    private ProblemLanguage() {
    }

    private static MessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasenames("i18n/problems", "i18n/platform-problems");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }

    /** A problem's detail as the reader of the current request reads it. */
    public static String detail(String slug, int status, String english) {
        return detail(slug, status, english, currentRequest());
    }

    /** For the paths that hold the request themselves (the security filters). */
    public static String detail(String slug, int status, String english, HttpServletRequest request) {
        if (!prefersPortuguese(request)) {
            return english;
        }
        return text("problem." + slug).or(() -> text("status." + status)).orElseGet(() -> text("status.other").orElseThrow());
    }

    /** The detail of a problem that has no type of Ponte's (Spring MVC's own refusals). */
    public static String detailOfStatus(int status, String english) {
        return prefersPortuguese(currentRequest()) ? text("status." + status).orElseGet(() -> text("status.other").orElseThrow()) : english;
    }

    /** The message of a field that breaks a domain rule of type {@code slug}. */
    public static String fieldOfRule(String slug, String english) {
        if (!prefersPortuguese(currentRequest())) {
            return english;
        }
        return text("field." + slug).or(() -> text("problem." + slug)).orElseGet(() -> text("constraint.other").orElseThrow());
    }

    /**
     * The message of a field whose value breaks a constraint, found by the most particular of its codes
     * ({@code Pattern.nationality} before {@code Pattern}), with the constraint's arguments ({@code Size}: max {1}, min {2}).
     */
    public static String fieldOfConstraint(String[] codes, Object[] arguments, String english) {
        if (!prefersPortuguese(currentRequest())) {
            return english;
        }
        for (String code : codes == null ? new String[0] : codes) {
            String text = PORTUGUESE_TEXTS.getMessage("constraint." + code, arguments, null, PORTUGUESE);
            if (text != null) {
                return text;
            }
        }
        return text("constraint.other").orElseThrow();
    }

    /** Whether the Portuguese texts have this problem type (the check that every type thrown has one uses it). */
    public static boolean hasPortuguese(String slug) {
        return text("problem." + slug).isPresent();
    }

    private static Optional<String> text(String key) {
        return Optional.ofNullable(PORTUGUESE_TEXTS.getMessage(key, null, null, PORTUGUESE));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }

    /** Portuguese where the request asks for it before English; English where it asks for neither, or nothing. */
    static boolean prefersPortuguese(HttpServletRequest request) {
        try {
            if (request == null || request.getHeader("Accept-Language") == null) {
                return false;
            }
            for (Locale wanted : Collections.list(request.getLocales())) {
                if (wanted.getLanguage().equals("pt")) {
                    return true;
                }
                if (wanted.getLanguage().equals("en")) {
                    return false;
                }
            }
            return false;
        } catch (RuntimeException unreadable) {
            return false; // a header the firewall refuses: that refusal is the problem being written, in English
        }
    }
}
