package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantTest {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void writesUtcWithMillisecondsLikeStackOne() {
        assertEquals("2021-01-01T01:01:01.000Z", IsoInstant.format(Instant.parse("2021-01-01T01:01:01Z")));
        assertEquals("2024-02-29T23:59:59.999Z", IsoInstant.format(Instant.parse("2024-02-29T23:59:59.999999999Z")));
        assertEquals("1969-12-31T23:59:59.500Z", IsoInstant.format(Instant.ofEpochMilli(-500)));
        assertEquals("0001-01-01T00:00:00.007Z", IsoInstant.format(Instant.parse("0001-01-01T00:00:00.007Z")));
    }

    @Test
    void agreesWithTheFormatterOnManyInstantsAndOutsideFourDigitYears() {
        SplittableRandom random = new SplittableRandom(20210101);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(1_000_000_000));
            assertEquals(REFERENCE.format(instant), IsoInstant.format(instant), instant::toString);
        }
        for (Instant edge : List.of(Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.EPOCH)) {
            assertEquals(REFERENCE.format(edge), IsoInstant.format(edge), edge::toString);
        }
    }
}
