package org.ponte.events.vocabulary;

/**
 * The one taxonomy of intervention areas used everywhere in Ponte: the areas of the municipal integration
 * plans (PMII) plus {@link #LEGAL_STATUS}, which local offices need most.
 */
public enum InterventionArea {

    MUNICIPAL_COMMITMENT("Compromisso municipal", "Municipal commitment"),
    RECEPTION_AND_INTEGRATION("Acolhimento e integração", "Reception and integration"),
    LEGAL_STATUS("Regularização e situação legal", "Legal status"),
    HOUSING("Habitação", "Housing"),
    EMPLOYMENT_AND_ENTREPRENEURSHIP("Mercado de trabalho e empreendedorismo", "Employment and entrepreneurship"),
    TRAINING("Formação", "Training"),
    EDUCATION("Educação", "Education"),
    LANGUAGE("Língua portuguesa", "Language"),
    CULTURE("Cultura", "Culture"),
    HEALTH("Saúde", "Health"),
    SOCIAL_SUPPORT("Solidariedade e resposta social", "Social support"),
    CITIZENSHIP_AND_PARTICIPATION("Cidadania e participação", "Citizenship and participation"),
    MEDIA("Media e sensibilização da opinião pública", "Media"),
    RACISM_AND_DISCRIMINATION("Racismo e discriminação", "Racism and discrimination"),
    INTERNATIONAL_RELATIONS("Relações internacionais", "International relations"),
    RELIGION("Religião", "Religion"),
    OTHER("Outra", "Other");

    private final String labelPt;
    private final String labelEn;

    InterventionArea(String labelPt, String labelEn) {
        this.labelPt = labelPt;
        this.labelEn = labelEn;
    }

    public String labelPt() {
        return labelPt;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The label in the given ISO 639-1 language; Portuguese for "pt", English for anything else. */
    public String label(String language) {
        return "pt".equalsIgnoreCase(language) ? labelPt : labelEn;
    }
}
