package io.newsroom.gateway.service;

import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.ProblemException;

/**
 * Where a reader of a story's merged feed stands in each service's feed: the one opaque cursor it is given names
 * both positions, so resuming from it reads each service on from exactly where the reader left it.
 */
public record FeedPositions(long timeline, long claims) {

    public static final FeedPositions START = new FeedPositions(0, 0);

    /** @return the positions the cursor names, the start without one; 400 naming the parameter for anything else */
    public static FeedPositions parse(String cursor, String parameter) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            Cursor decoded = Cursor.decode(cursor, 2);
            long timeline = Long.parseLong(decoded.text(0));
            long claims = Long.parseLong(decoded.text(1));
            if (timeline < 0 || claims < 0) {
                throw notACursor(parameter);
            }
            return new FeedPositions(timeline, claims);
        } catch (ProblemException | NumberFormatException e) {
            throw notACursor(parameter);
        }
    }

    private static ProblemException notACursor(String parameter) {
        return ProblemException.badParameter(parameter, "is not a cursor of this feed; pass a change's cursor or 'next' back unchanged");
    }

    public long of(ChangeSource source) {
        return source == ChangeSource.TIMELINE ? timeline : claims;
    }

    public FeedPositions with(ChangeSource source, long position) {
        return source == ChangeSource.TIMELINE ? new FeedPositions(position, claims) : new FeedPositions(timeline, position);
    }

    public String cursor() {
        return Cursor.encode(timeline, claims);
    }
}
