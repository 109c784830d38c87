package dev.intake.fair.badge;

import java.util.List;
import java.util.Locale;

/** Reads a MECARD ({@code MECARD:N:Doe,John;TEL:…;EMAIL:…;;}), the compact format many badge printers use. */
final class MeCard {
    private MeCard() {
    }

    /** Whole when the text ends with the closing {@code ;;} (an escaped {@code \;} does not count). */
    static boolean complete(String text) {
        if (!text.endsWith(";;")) {
            return false;
        }
        int backslashes = 0;
        for (int i = text.length() - 3; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    static BadgeScan parse(String text) {
        String body = text.substring("MECARD:".length()).replace("\r", "").replace("\n", "");
        String first = null;
        String last = null;
        String email = null;
        String phone = null;
        String company = null;
        String url = null;
        for (String field : VCard.components(body, ';')) {
            int colon = unescapedColon(field);
            if (colon < 0) {
                continue;
            }
            String name = field.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            String value = field.substring(colon + 1);
            switch (name) {
                case "N" -> {
                    List<String> parts = VCard.components(value, ',');
                    if (parts.size() >= 2) {
                        last = clean(parts.get(0));
                        first = clean(parts.get(1));
                    } else {
                        String[] split = Names.split(VCard.unescape(value));
                        first = split[0];
                        last = split[1];
                    }
                }
                case "EMAIL" -> email = email != null ? email : clean(value);
                case "TEL" -> phone = phone != null ? phone : Names.phone(clean(value));
                case "ORG" -> company = company != null ? company : clean(value);
                case "URL" -> {
                    String address = clean(value);
                    if (url == null || address != null && ProfileUrl.isProfile(address) && !ProfileUrl.isProfile(url)) {
                        url = address;
                    }
                }
                default -> {
                    // SOUND, NOTE, BDAY, ADR, NICKNAME: not asked for at the booth.
                }
            }
        }
        return new BadgeScan(first, last, email, phone, company, url);
    }

    private static int unescapedColon(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String unescaped = VCard.unescape(value).strip();
        return unescaped.isEmpty() ? null : unescaped;
    }
}
