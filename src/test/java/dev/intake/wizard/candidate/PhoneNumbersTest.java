package dev.intake.wizard.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.wizard.candidate.PhoneNumbers.Problem;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    private final Country uk = Countries.byCode("GB").orElseThrow();
    private final Country us = Countries.byCode("US").orElseThrow();
    private final Country italy = Countries.byCode("IT").orElseThrow();

    @Test
    void internationalNumbersAreReadAsE164WhateverTheCountry() {
        assertEquals("+447700900123", PhoneNumbers.read("+44 7700 900123", null).e164());
        assertEquals("+447700900123", PhoneNumbers.read("0044 (7700) 900-123", us).e164());
        assertEquals(Problem.INTERNATIONAL_LENGTH, PhoneNumbers.read("+44 77", null).problem());
        assertEquals(Problem.INTERNATIONAL_LENGTH, PhoneNumbers.read("+0 7700 900123", null).problem());
        assertEquals(Problem.INTERNATIONAL_LENGTH, PhoneNumbers.read("+1234567890123456", null).problem());
    }

    @Test
    void nationalNumbersNeedTheCountryAndLoseTheirTrunkPrefix() {
        assertEquals(Problem.NEEDS_COUNTRY, PhoneNumbers.read("07700 900123", null).problem());
        assertEquals("+447700900123", PhoneNumbers.read("07700 900123", uk).e164());
        assertEquals("+12025550143", PhoneNumbers.read("(202) 555-0143", us).e164());
        assertEquals("+12025550143", PhoneNumbers.read("1 202 555 0143", us).e164());
        assertEquals(Problem.NATIONAL_LENGTH, PhoneNumbers.read("555-0143", us).problem());
        assertEquals("+390612345678", PhoneNumbers.read("06 1234 5678", italy).e164(), "Italy keeps the 0");
        assertEquals(Problem.NATIONAL_LENGTH, PhoneNumbers.read("012", uk).problem());
    }

    @Test
    void lettersAreRefused() {
        assertEquals(Problem.CHARACTERS, PhoneNumbers.read("call me", uk).problem());
        assertEquals(Problem.CHARACTERS, PhoneNumbers.read("+44 7700 9OO123", uk).problem());
    }

    @Test
    void countriesCarryTheEnglishNameTheAtsExpects() {
        assertEquals("United States", us.name());
        assertEquals("United Kingdom", uk.name());
        assertEquals("1", us.callingCode());
        assertEquals(Countries.byName("germany").orElseThrow().code(), "DE");
        assertEquals("Afghanistan", Countries.all().getFirst().name());
    }
}
