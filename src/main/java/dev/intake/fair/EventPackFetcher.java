package dev.intake.fair;

import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;

/** Fetches what capture at an event needs from the ATS. Network: call on the executor only. */
public interface EventPackFetcher {
    /**
     * A fresh pack for {@code event}.
     *
     * @throws EventPackException when the ATS refused or could not be reached; nothing was kept
     */
    EventPack fetch(FairEvent event);
}
