package dev.intake.fair.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BadgeScanTest {
    private static final String VCARD_30 = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Müller-Lüdenscheidt;Anna;Maria;Dr.;\r
            FN:Dr. Anna Maria Müller-Lüdenscheidt\r
            ORG:Acme\\, Inc.;Platform Engineering\r
            TITLE:Staff Engineer\r
            TEL;TYPE=WORK,VOICE:+49 30 1234567\r
            TEL;TYPE=CELL,PREF:+49 151 2345678\r
            EMAIL;TYPE=INTERNET:anna.mueller@acme.example\r
            URL:https://acme.example\r
            URL:https://www.linkedin.com/in/anna-mueller-7a1b2c\r
            NOTE:Met at booth\\nLikes Rust\\; Go\r
            END:VCARD\r
            """;

    @Test
    void aVCard30GivesEveryPartAndUndoesItsEscapes() {
        BadgeScan scan = BadgeScan.detect(VCARD_30).orElseThrow();
        assertEquals(new BadgeScan("Anna", "Müller-Lüdenscheidt", "anna.mueller@acme.example", "+49 151 2345678",
                "Acme, Inc.", "https://www.linkedin.com/in/anna-mueller-7a1b2c"), scan);
    }

    @Test
    void aVCard40WithFoldedLinesAndATelUriReadsAsOneValue() {
        String card = "BEGIN:VCARD\nVERSION:4.0\nFN:Олег Петров\nN:Петров;Олег;;;\n"
                + "EMAIL;PREF=1:oleg.petrov@\n pochta.example\nTEL;VALUE=uri;TYPE=cell:tel:+7-495-123-45-67\n"
                + "ORG:ООО \"Ромашка\"\\; отдел кадров\nEND:VCARD";
        assertEquals(new BadgeScan("Олег", "Петров", "oleg.petrov@pochta.example", "+7-495-123-45-67",
                "ООО \"Ромашка\"; отдел кадров", null), BadgeScan.detect(card).orElseThrow());
    }

    @Test
    void quotedPrintableInAVCard21AndA30SampleIsDecodedInItsCharset() {
        String v21 = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;"
                + "=E5=A4=AA=E9=83=8E\r\nTEL;CELL:090-1234-5678\r\nEMAIL;INTERNET:taro@example.jp\r\n"
                + "ORG;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9 M=FCller =\r\nGmbH\r\nEND:VCARD\r\n";
        assertEquals(new BadgeScan("太郎", "山田", "taro@example.jp", "090-1234-5678", "Café Müller GmbH", null),
                BadgeScan.detect(v21).orElseThrow());

        String v30 = "BEGIN:VCARD\nVERSION:3.0\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A7=D9=84=D8=B9=D9=84"
                + "=D9=8A;=D9=81=D8=A7=D8=B7=D9=85=D8=A9\nEMAIL:fatima@example.ae\nEND:VCARD";
        BadgeScan arabic = BadgeScan.detect(v30).orElseThrow();
        assertEquals("فاطمة", arabic.firstName());
        assertEquals("العلي", arabic.lastName());
    }

    @Test
    void aVCardIsNotWholeUntilItsEndLineArrives() {
        String partial = VCARD_30.substring(0, VCARD_30.indexOf("END:VCARD"));
        assertTrue(BadgeScan.detect(partial).isEmpty());
        assertTrue(BadgeScan.inProgress(partial));
        assertTrue(BadgeScan.inProgress("BEGIN:VCARD"));
        assertFalse(BadgeScan.inProgress(VCARD_30));
        assertTrue(BadgeScan.detect(partial + "END:VCARD").isPresent());
    }

    @Test
    void aVCardWhoseLineBreaksTheFieldSwallowedStillReads() {
        String joined = "BEGIN:VCARDVERSION:3.0N:Doe;John;;;FN:John DoeORG:Northwind TradersTEL;TYPE=CELL:+1 206 "
                + "555 0100EMAIL:john.doe@northwind.exampleEND:VCARD";
        assertEquals(new BadgeScan("John", "Doe", "john.doe@northwind.example", "+1 206 555 0100",
                "Northwind Traders", null), BadgeScan.detect(joined).orElseThrow());
    }

    @Test
    void aVCardWithOnlyAFormattedNameSplitsOffTheFamilyName() {
        BadgeScan scan = BadgeScan.detect("BEGIN:VCARD\nVERSION:3.0\nFN:Jean-Luc  de la Fontaine\nEND:VCARD")
                .orElseThrow();
        assertEquals("Jean-Luc de la", scan.firstName());
        assertEquals("Fontaine", scan.lastName());
        BadgeScan japanese = BadgeScan.detect("BEGIN:VCARD\nVERSION:3.0\nFN:山田太郎\nEND:VCARD").orElseThrow();
        assertEquals("山田太郎", japanese.firstName());
        assertEquals(null, japanese.lastName());
    }

    @Test
    void aMeCardGivesItsPartsWithEscapedSeparatorsKept() {
        String mecard = "MECARD:N:O\\;Brien\\, Jr.,Seán;TEL:+353 1 234 5678;EMAIL:sean.obrien@example.ie;"
                + "ORG:Guinness\\: Storehouse;URL:https://ie.linkedin.com/in/seanobrien;NOTE:Booth 4;;";
        assertEquals(new BadgeScan("Seán", "O;Brien, Jr.", "sean.obrien@example.ie", "+353 1 234 5678",
                "Guinness: Storehouse", "https://ie.linkedin.com/in/seanobrien"), BadgeScan.detect(mecard)
                        .orElseThrow());
    }

    @Test
    void aMeCardIsWholeOnlyAtItsClosingDoubleSemicolon() {
        String japanese = "MECARD:N:山田,花子;TEL:03-1234-5678;EMAIL:hanako@example.jp;;";
        assertTrue(BadgeScan.detect("MECARD:N:山田,花子;TEL:03-1234-5678;").isEmpty());
        assertTrue(BadgeScan.inProgress("MECARD:N:山田,花子;TEL:03-1234-5678;"));
        assertTrue(BadgeScan.detect("MECARD:N:Doe,John;NOTE:semi\\;;").isEmpty(), "an escaped ; does not end it");
        assertEquals(new BadgeScan("花子", "山田", "hanako@example.jp", "03-1234-5678", null, null),
                BadgeScan.detect(japanese).orElseThrow());
    }

    @Test
    void aProfileAddressIsWholeWhenTheScannerEndsIt() {
        String url = "https://www.linkedin.com/in/priya-raman-0b12a3";
        assertTrue(BadgeScan.detect(url).isEmpty(), "the scanner may still be typing");
        assertTrue(BadgeScan.inProgress(url));
        assertEquals(Optional.of(new BadgeScan(null, null, null, null, null, url)), BadgeScan.detect(url + "\n"));
        assertEquals(Optional.of(new BadgeScan(null, null, null, null, null, url)), BadgeScan.parse(url));
    }

    @Test
    void namesPeopleTypeAreNeverTakenForScans() {
        for (String typed : new String[] {"B", "Be", "Bea", "Begin", "Mecardo", "Anna", "José", "http", ""}) {
            assertFalse(BadgeScan.inProgress(typed), typed);
            assertTrue(BadgeScan.detect(typed).isEmpty(), typed);
            assertTrue(BadgeScan.parse(typed).isEmpty(), typed);
        }
        assertTrue(BadgeScan.parse("https://localhost").isEmpty());
    }

    @Test
    void mergeKeepsWhatWasTypedAndFillsOnlyTheGaps() {
        BadgeScan scan = BadgeScan.detect(VCARD_30).orElseThrow();
        BadgeScan typed = new BadgeScan(VCARD_30, "Mueller", null, " ", "Acme Germany", null);
        assertEquals(new BadgeScan("Anna", "Mueller", "anna.mueller@acme.example", "+49 151 2345678",
                "Acme Germany", "https://www.linkedin.com/in/anna-mueller-7a1b2c"), BadgeScan.merge(typed, scan));
        BadgeScan half = new BadgeScan("BEGIN:VCARD\nVERSION:3.0\nN:Mül", null, null, null, null, null);
        assertEquals("Anna", BadgeScan.merge(half, scan).firstName(), "a scan in progress is not a typed name");
    }
}
