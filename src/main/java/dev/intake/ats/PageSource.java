package dev.intake.ats;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/** A list endpoint with fixed filters; pages are fetched lazily by cursor. */
public interface PageSource<T> {
    /** Fetches the page at {@code cursor} (null for the first page). Blocking. */
    Page<T> fetch(String cursor);

    /** Fetches a page without blocking; cancelling the future cancels the HTTP call. */
    CompletableFuture<Page<T>> fetchAsync(String cursor);

    /** Lazy iteration over all items, fetching the next page only when the current one is used up. */
    default Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T> page;
            private int index;

            @Override
            public boolean hasNext() {
                while (page == null || (index >= page.data().size() && page.hasNext())) {
                    page = fetch(page == null ? null : page.next());
                    index = 0;
                }
                return index < page.data().size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.data().get(index++);
            }
        };
    }

    /** All items, following every cursor. Use only where the list is known to be small. */
    default List<T> all() {
        List<T> items = new ArrayList<>();
        iterator().forEachRemaining(items::add);
        return items;
    }
}
