package dev.intake.fair;

import dev.intake.ats.ApplicationStage;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.Job;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.PackedUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Fetches an event's pack through the ATS client's asynchronous calls, so no thread waits per request: the lists
 * are read side by side (each following its cursors), and each offered job's stages, one call per job and the
 * costly part, are read by {@code parallelCalls} lanes at once.
 */
public final class AtsEventPackFetcher implements EventPackFetcher {
    /** Within OkHttp's per-host bound that {@code HttpClients} sets; StackOne allows far more in a second. */
    public static final int DEFAULT_PARALLEL_CALLS = 16;
    private static final int PAGE_SIZE = 100;

    private final Ats ats;
    private final Clock clock;
    private final int parallelCalls;

    public AtsEventPackFetcher(Ats ats, Clock clock, int parallelCalls) {
        if (parallelCalls < 1) {
            throw new IllegalArgumentException("parallel calls must be at least 1, not " + parallelCalls);
        }
        this.ats = ats;
        this.clock = clock;
        this.parallelCalls = parallelCalls;
    }

    public AtsEventPackFetcher(Ats ats, Clock clock) {
        this(ats, clock, DEFAULT_PARALLEL_CALLS);
    }

    @Override
    public EventPack fetch(FairEvent event) {
        AtomicBoolean failed = new AtomicBoolean();
        var jobs = all(ats.jobs("open", PAGE_SIZE), failed);
        var postings = all(ats.jobPostings(PAGE_SIZE), failed);
        var locations = all(ats.locations(PAGE_SIZE), failed);
        var categories = all(ats.documentCategories(PAGE_SIZE), failed);
        var customFields = all(ats.candidateCustomFieldDefinitions(PAGE_SIZE), failed);
        var users = all(ats.users(PAGE_SIZE), failed);
        Map<String, List<ApplicationStage>> stages = new ConcurrentHashMap<>();
        CompletableFuture<Void> allStages = jobs.thenCompose(open -> {
            Queue<String> waiting = new ConcurrentLinkedQueue<>();
            open.stream().map(Job::id).filter(event::offers).forEach(waiting::add);
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int i = 0; i < parallelCalls; i++) {
                lanes.add(lane(waiting, stages, failed));
            }
            return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new));
        });
        List<CompletableFuture<?>> everything = List.of(jobs, postings, locations, categories, customFields, users,
                allStages);
        try {
            failFast(everything, failed);
            List<Job> open = jobs.join();
            var openIds = open.stream().map(Job::id).collect(Collectors.toSet());
            // Kept to the millisecond, as the store keeps it.
            return new EventPack(event.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS), open,
                    postings.join().stream().filter(p -> openIds.contains(p.jobId())).toList(), locations.join(),
                    categories.join(), customFields.join(),
                    users.join().stream().map(PackedUser::of).toList(), Map.copyOf(stages));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            everything.forEach(each -> each.cancel(true));
            throw new CancellationException("fetching the event's pack was cancelled");
        } catch (ExecutionException | CompletionException e) {
            everything.forEach(each -> each.cancel(true));
            if (e.getCause() instanceof AtsException ats) {
                throw EventPackException.of(ats);
            }
            throw new IllegalStateException("fetching the event's pack failed", e.getCause());
        }
    }

    /** Waits for all, but returns at the first failure rather than after every other call finished. */
    private static void failFast(List<CompletableFuture<?>> futures, AtomicBoolean failed)
            throws InterruptedException, ExecutionException {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        futures.forEach(each -> each.whenComplete((value, failure) -> {
            if (failure != null) {
                failed.set(true);
                firstFailure.completeExceptionally(failure instanceof CompletionException ? failure.getCause()
                        : failure);
            }
        }));
        CompletableFuture.anyOf(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)), firstFailure)
                .get();
    }

    /** One lane: takes the next job from the queue, reads its stages, and goes on until none is left. */
    private CompletableFuture<Void> lane(Queue<String> waiting, Map<String, List<ApplicationStage>> stages,
            AtomicBoolean failed) {
        String jobId = waiting.poll();
        if (jobId == null || failed.get()) {
            return CompletableFuture.completedFuture(null);
        }
        return all(ats.applicationStages(jobId, PAGE_SIZE), failed).thenCompose(found -> {
            stages.put(jobId, found);
            return lane(waiting, stages, failed);
        });
    }

    /** Every item of a list, following its cursors one page after the other. */
    private static <T> CompletableFuture<List<T>> all(PageSource<T> source, AtomicBoolean failed) {
        return collect(source, null, new ArrayList<>(), failed);
    }

    private static <T> CompletableFuture<List<T>> collect(PageSource<T> source, String cursor, List<T> items,
            AtomicBoolean failed) {
        if (failed.get()) {
            return CompletableFuture.failedFuture(new CancellationException("another call of the pack failed"));
        }
        return source.fetchAsync(cursor).thenCompose((Page<T> page) -> {
            items.addAll(page.data());
            return page.hasNext() ? collect(source, page.next(), items, failed)
                    : CompletableFuture.completedFuture(List.copyOf(items));
        });
    }
}
