package dev.intake.wizard.candidate;

import dev.intake.ats.NewCandidate;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Rules;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One social link row. The type follows the address (LinkedIn, GitHub, X) until the user picks one. */
public final class SocialLinkRow {
    public static final List<String> TYPES = List.of("linkedin", "github", "twitter", "website", "other");

    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", "website");
    private final Field<String> url = Field.text("candidate.social_links.url");
    private final FieldGroup fields = new FieldGroup();
    private boolean typeChosenByUser;
    private boolean recognising;

    SocialLinkRow(Rules rules, String label) {
        url.rule(text -> {
            String problem = rules.url(label, false).apply(text);
            if (problem != null || Rules.isBlank(text)) {
                return problem;
            }
            if ("linkedin".equals(type.get()) && !recognise(text).filter("linkedin"::equals).isPresent()) {
                return rules.messages().get("validation.linkedin");
            }
            return null;
        }).dependsOn(type);
        url.valueProperty().addListener((obs, old, now) -> {
            if (!typeChosenByUser) {
                recognise(now).ifPresent(found -> {
                    recognising = true;
                    type.set(found);
                    recognising = false;
                });
            }
        });
        type.addListener((obs, old, now) -> {
            if (!recognising) {
                typeChosenByUser = true;
            }
        });
        fields.add(url);
    }

    /** The link type an address belongs to, from its host. */
    public static Optional<String> recognise(String text) {
        Optional<String> normalised = Rules.normaliseUrl(text);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String host = URI.create(normalised.get()).getHost().toLowerCase(Locale.ROOT);
        if (host.equals("linkedin.com") || host.endsWith(".linkedin.com") || host.equals("lnkd.in")) {
            return Optional.of("linkedin");
        }
        if (host.equals("github.com") || host.endsWith(".github.com")) {
            return Optional.of("github");
        }
        if (host.equals("twitter.com") || host.equals("x.com") || host.endsWith(".twitter.com")) {
            return Optional.of("twitter");
        }
        return Optional.empty();
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public Field<String> url() {
        return url;
    }

    FieldGroup fields() {
        return fields;
    }

    boolean isEmpty() {
        return Rules.isBlank(url.get());
    }

    /** Puts back a stored row: the type counts as chosen, so a later edit of the address keeps it. */
    void restore(String storedType, String storedUrl) {
        url.set(storedUrl == null ? "" : storedUrl);
        type.set(storedType == null ? "website" : storedType);
    }

    NewCandidate.SocialLink toSocialLink() {
        return new NewCandidate.SocialLink(type.get(), Rules.normaliseUrl(url.get()).orElse(url.get().strip()));
    }
}
