package dev.intake.outbox;

import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.InvalidRequestException;

/**
 * What a failed {@code POST /unified/ats/applications} says about the application. Only the first three kinds are
 * certainly not created; only {@link #NO_CONNECTION} and {@link #ATS_BUSY} are sent again without a person.
 */
enum CreateFailure {
    /** The body never left (connection refused, DNS, TLS): not created; the network as a whole is down. */
    NO_CONNECTION,
    /** 429 or 503: the ATS refused to look at it for now. Not created; the ATS as a whole asks for a pause. */
    ATS_BUSY,
    /**
     * A refusal the ATS gave after reading the request, which a resend cannot change (400, 401, 403, 404, 409, 412,
     * 422, any other 4xx, and 501: the account's ATS cannot create applications). Not created; a person fixes it.
     */
    REFUSED,
    /**
     * The body may have reached the ATS and been acted on: dropped or timed out after the body, 408 (StackOne's
     * time-out waiting for the ATS, which may still finish), 500, 502, 504, any other 5xx, an unreadable 2xx, a
     * call cancelled or interrupted in flight, or an answer nobody expected. Never resent without a person.
     */
    MAY_HAVE_CREATED;

    static CreateFailure of(Throwable failure) {
        if (failure instanceof InvalidRequestException) {
            return REFUSED;
        }
        if (failure instanceof AtsNetworkException network) {
            return network.mayHaveReachedServer() ? MAY_HAVE_CREATED : NO_CONNECTION;
        }
        if (failure instanceof AtsHttpException http) {
            return ofStatus(http.status());
        }
        return MAY_HAVE_CREATED;
    }

    /** The class of each status a create can answer; see the constants for why. */
    static CreateFailure ofStatus(int status) {
        if (status == 429 || status == 503) {
            return ATS_BUSY;
        }
        if (status == 408) {
            return MAY_HAVE_CREATED;
        }
        if ((status >= 400 && status < 500) || status == 501) {
            return REFUSED;
        }
        return MAY_HAVE_CREATED;
    }
}
