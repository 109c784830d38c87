package dev.intake.fair.badge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a vCard 2.1, 3.0 or 4.0 (RFC 2426, RFC 6350) as far as a badge needs it. */
final class VCard {
    /** Property names a badge uses; where a scanner lost the line breaks, a property starts at one of these. */
    private static final Pattern JOINED_PROPERTY = Pattern.compile("(?<![A-Z-])(?:VERSION|N|FN"
            + "|ORG|TITLE|TEL|EMAIL|URL|ADR|NOTE|PHOTO|LOGO|BDAY|ROLE|NICKNAME|CATEGORIES|PRODID|REV|UID|SOURCE"
            + "|KIND|LANG|GENDER|IMPP|X-[A-Z0-9-]+|END)(?=[;:])");

    /** One content line: its name, its parameters (upper-cased names) and its raw value. */
    private record Property(String name, List<String[]> parameters, String value) {
        String parameter(String key) {
            for (String[] parameter : parameters) {
                if (parameter[0].equals(key)) {
                    return parameter[1];
                }
            }
            return null;
        }

        boolean has(String word) {
            for (String[] parameter : parameters) {
                for (String each : parameter[1].split(",")) {
                    if (each.equalsIgnoreCase(word) || parameter[0].equals(word)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean preferred() {
            return has("PREF") || "1".equals(parameter("PREF"));
        }

        boolean quotedPrintable() {
            return "QUOTED-PRINTABLE".equalsIgnoreCase(parameter("ENCODING")) || has("QUOTED-PRINTABLE");
        }
    }

    private VCard() {
    }

    static boolean complete(String text) {
        return Pattern.compile("END:VCARD\\s*$", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    static BadgeScan parse(String text) {
        String first = null;
        String last = null;
        String fullName = null;
        Property email = null;
        Property phone = null;
        String company = null;
        String url = null;
        for (Property property : properties(text)) {
            switch (property.name()) {
                case "N" -> {
                    List<String> parts = components(decoded(property), ';');
                    last = part(parts, 0);
                    first = part(parts, 1);
                }
                case "FN" -> fullName = unescape(decoded(property));
                case "EMAIL" -> email = better(email, property);
                case "TEL" -> phone = better(phone, property);
                case "ORG" -> company = company != null ? company : part(components(decoded(property), ';'), 0);
                case "URL" -> {
                    String value = unescape(decoded(property));
                    if (url == null || ProfileUrl.isProfile(value) && !ProfileUrl.isProfile(url)) {
                        url = value;
                    }
                }
                default -> {
                    // Other properties (address, title, photo...) are not asked for at the booth.
                }
            }
        }
        if (first == null && last == null && fullName != null) {
            String[] split = Names.split(fullName);
            first = split[0];
            last = split[1];
        }
        return new BadgeScan(first, last, email == null ? null : unescape(decoded(email)),
                phone == null ? null : Names.phone(unescape(decoded(phone))), company, url);
    }

    private static Property better(Property current, Property candidate) {
        if (current == null || candidate.preferred() && !current.preferred()) {
            return candidate;
        }
        return current;
    }

    /** The content lines, unfolded (RFC 6350 3.2) and with quoted-printable soft breaks joined. */
    private static List<Property> properties(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.indexOf('\n') < 0) {
            String rest = normalised.replaceFirst("(?i)^BEGIN:VCARD", "");
            normalised = "BEGIN:VCARD\n" + JOINED_PROPERTY.matcher(rest).replaceAll("\n$0");
        }
        List<String> lines = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            if (!lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                lines.set(lines.size() - 1, lines.getLast() + line.substring(1));
            } else if (!lines.isEmpty() && lines.getLast().endsWith("=") && isQuotedPrintable(lines.getLast())) {
                // A quoted-printable soft break: the "=" ends the line and means "continued".
                String continued = lines.getLast();
                lines.set(lines.size() - 1, continued.substring(0, continued.length() - 1) + line);
            } else if (!line.isBlank()) {
                lines.add(line);
            }
        }
        List<Property> properties = new ArrayList<>();
        for (String line : lines) {
            int colon = valueStart(line);
            if (colon < 0) {
                continue;
            }
            String[] head = line.substring(0, colon).split(";");
            String name = head[0].toUpperCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            name = dot >= 0 ? name.substring(dot + 1) : name;
            List<String[]> parameters = new ArrayList<>();
            for (int i = 1; i < head.length; i++) {
                int equals = head[i].indexOf('=');
                parameters.add(equals < 0 ? new String[] {"TYPE", head[i]}
                        : new String[] {head[i].substring(0, equals).toUpperCase(Locale.ROOT),
                            head[i].substring(equals + 1).replace("\"", "")});
            }
            properties.add(new Property(name.strip(), parameters, line.substring(colon + 1)));
        }
        return properties;
    }

    private static boolean isQuotedPrintable(String line) {
        int colon = valueStart(line);
        return colon > 0 && line.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }

    /** The colon that ends the name and parameters; a parameter value in quotes may hold a colon. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** The value with its transfer encoding undone, still escaped. */
    private static String decoded(Property property) {
        if (!property.quotedPrintable()) {
            return property.value();
        }
        Charset charset = StandardCharsets.UTF_8;
        String named = property.parameter("CHARSET");
        if (named != null) {
            try {
                charset = Charset.forName(named);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // An unknown charset: UTF-8 is the best guess for a badge printed this decade.
            }
        }
        return quotedPrintable(property.value(), charset);
    }

    private static final Pattern SOFT_BREAK = Pattern.compile("=\\n");

    static String quotedPrintable(String value, Charset charset) {
        String joined = SOFT_BREAK.matcher(value).replaceAll("");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '=' && i == joined.length() - 1) {
                continue;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(charset);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Splits on {@code separator} where it is not escaped; the parts stay escaped. */
    static List<String> components(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String part(List<String> parts, int index) {
        if (index >= parts.size()) {
            return null;
        }
        // A component may list several values ("Anne,Marie"): the first is the one to use.
        String value = unescape(components(parts.get(index), ',').getFirst());
        return value.isBlank() ? null : value.strip();
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

    /** Undoes {@code \\} {@code \;} {@code \,} {@code \:} and turns {@code \n} into a line break. */
    static String unescape(String value) {
        Matcher matcher = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String escaped = matcher.group(1);
            String replacement = escaped.equalsIgnoreCase("n") ? "\n" : escaped;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
