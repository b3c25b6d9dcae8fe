package io.newsroom.stylebook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One reader of a service's change feed per service instance, handing each new change to every connected
 * stream: however many clients follow the feed, the database is asked once per commit (PostgreSQL
 * LISTEN/NOTIFY on one connection) and once per poll, the safety net for a notification lost with its
 * connection. A stream first reads what it missed from the database, page by page, and receives the live
 * changes that arrive meanwhile into a buffer; it then goes on with them, skipping what its pages already
 * gave, so a client resuming from a position receives every change after it exactly once.
 *
 * <p>Positions are handed out in commit order (see the services' change feed migrations), so reading
 * "after the last position seen" never skips a change that commits later.
 */
public final class ChangeRelay {

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class);
    /** How many changes one read of the relay takes; it reads again at once when there were so many. */
    private static final int BATCH = 500;
    /** Changes a stream holds for a slow client; beyond them it ends, and the client resumes from its last id. */
    private static final int STREAM_BUFFER = 10_000;

    private final Pool pool;
    private final String channel;
    private final Function<ChangeQuery, Uni<List<Change>>> pages;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final AtomicLong head = new AtomicLong();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean listening = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile PgConnection listener;

    /**
     * @param channel the channel the feed's trigger notifies on each commit
     * @param pages   the service's read of its feed: the changes after a position matching a query, in order
     */
    public ChangeRelay(Pool pool, String channel, Function<ChangeQuery, Uni<List<Change>>> pages) {
        this.pool = pool;
        this.channel = channel;
        this.pages = pages;
    }

    /** Starts from the feed's newest position: streams see older changes through their own pages. */
    public Uni<Void> start(Uni<Long> lastPosition) {
        return lastPosition.invoke(last -> {
            head.set(last);
            started.complete(null);
            listen();
        }).replaceWithVoid();
    }

    /** The safety net: reads what is new even without a notification, and listens again after a lost connection. */
    public void poll() {
        if (!started.isDone() || stopped) {
            return;
        }
        listen();
        wake();
    }

    public void stop() {
        stopped = true;
        PgConnection connection = listener;
        if (connection != null) {
            connection.closeAndForget();
        }
        followers.forEach(Follower::complete);
    }

    /** How many streams follow the feed now. */
    public int followers() {
        return followers.size();
    }

    /**
     * The changes after the query's position that it wants, then each new one as it commits, until the client
     * goes. A client too slow to take what it is sent loses its stream (and resumes from its last id).
     */
    public Multi<Change> follow(ChangeQuery query) {
        return Uni.createFrom().completionStage(started).onItem().transformToMulti(ignored ->
                Multi.createFrom().<Change>emitter(emitter -> {
                    Follower follower = new Follower(query, emitter);
                    followers.add(follower);
                    emitter.onTermination(() -> followers.remove(follower));
                    follower.catchUp(query);
                }, STREAM_BUFFER));
    }

    private void listen() {
        if (stopped || !listening.compareAndSet(false, true)) {
            return;
        }
        pool.getConnection().subscribe().with(this::listenOn, failure -> {
            listening.set(false);
            LOG.warnf("the change feed relay cannot listen on %s now (%s); it polls until it can", channel, failure.toString());
        });
    }

    private void listenOn(SqlConnection connection) {
        PgConnection pg = PgConnection.cast(connection);
        pg.notificationHandler(notification -> wake());
        pg.closeHandler(() -> {
            listener = null;
            listening.set(false);
        });
        pg.query("LISTEN " + channel).execute().subscribe().with(done -> {
            listener = pg;
            // What committed while nobody listened.
            wake();
        }, failure -> {
            LOG.warnf("the change feed relay cannot listen on %s now (%s); it polls until it can", channel, failure.toString());
            pg.closeAndForget();
        });
    }

    /** Reads what is new, one read at a time; a wake-up during a read makes it read once more. */
    private void wake() {
        pending.set(true);
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        pending.set(false);
        pages.apply(new ChangeQuery(head.get(), true, null, List.of(), BATCH)).subscribe().with(changes -> {
            for (Change change : changes) {
                head.set(change.position());
                followers.forEach(follower -> follower.offer(change));
            }
            reading.set(false);
            if (changes.size() == BATCH || pending.get()) {
                wake();
            }
        }, failure -> {
            reading.set(false);
            LOG.warnf("the change feed relay could not read the feed (%s); it reads again at the next poll", failure.toString());
        });
    }

    /** One stream: its pages first, then the live changes, each change once and in order. */
    private final class Follower {

        private final ChangeQuery query;
        private final MultiEmitter<? super Change> emitter;
        // Live changes that arrive while the stream still reads its pages.
        private final ArrayDeque<Change> held = new ArrayDeque<>();
        private boolean caughtUp;
        private long sent;

        Follower(ChangeQuery query, MultiEmitter<? super Change> emitter) {
            this.query = query;
            this.emitter = emitter;
            this.sent = query.after();
        }

        synchronized void offer(Change change) {
            if (!query.wants(change)) {
                return;
            }
            if (!caughtUp) {
                if (held.size() >= STREAM_BUFFER) {
                    emitter.fail(new IllegalStateException("the stream fell too far behind the feed"));
                    return;
                }
                held.add(change);
            } else {
                send(change);
            }
        }

        void catchUp(ChangeQuery page) {
            pages.apply(page).subscribe().with(changes -> {
                synchronized (this) {
                    changes.forEach(this::send);
                }
                if (emitter.isCancelled()) {
                    return;
                }
                if (changes.size() == page.limit()) {
                    catchUp(page.after(changes.get(changes.size() - 1).position()));
                } else {
                    goLive();
                }
            }, emitter::fail);
        }

        private synchronized void goLive() {
            caughtUp = true;
            held.forEach(this::send);
            held.clear();
        }

        synchronized void complete() {
            emitter.complete();
        }

        private void send(Change change) {
            if (change.position() > sent) {
                sent = change.position();
                emitter.emit(change);
            }
        }
    }
}
