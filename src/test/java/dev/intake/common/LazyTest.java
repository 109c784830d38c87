package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void makesTheValueOnFirstUseOnly() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });

        assertFalse(lazy.isMade());
        assertEquals(0, made.get());
        Object first = lazy.get();
        assertSame(first, lazy.get());
        assertTrue(lazy.isMade());
        assertEquals(1, made.get());
    }

    @Test
    void threadsAskingAtOnceShareOneValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        List<Future<Object>> asked = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                asked.add(threads.submit(lazy::get));
            }
            release.countDown();
            Object value = asked.getFirst().get();
            for (Future<Object> answer : asked) {
                assertSame(value, answer.get());
            }
        }
        assertEquals(1, made.get());
    }

    @Test
    void aFailureIsNotRememberedTheNextCallTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("trust store busy");
            }
            return "client";
        });

        IllegalStateException failure = assertThrows(IllegalStateException.class, lazy::get);
        assertEquals("trust store busy", failure.getMessage());
        assertFalse(lazy.isMade());
        assertEquals("client", lazy.get());
        assertEquals(2, attempts.get());
    }

    @Test
    void aValueGivenUpFrontIsMadeAlready() {
        Lazy<String> lazy = Lazy.ofValue("client");
        assertTrue(lazy.isMade());
        assertEquals("client", lazy.get());
    }
}
