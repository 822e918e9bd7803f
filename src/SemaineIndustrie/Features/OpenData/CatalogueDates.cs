namespace SemaineIndustrie.Features.OpenData;

/// Last-Modified of the open data: when this instance first saw the catalogue version (and the
/// seats version, for searches on seats left) it answers from. Versions are what the ETag says;
/// this date lets clients that only know If-Modified-Since revalidate too.
public sealed class CatalogueDates(TimeProvider clock)
{
    private Seen _catalogue = new(-1, default);
    private Seen _seats = new(-1, default);

    private sealed record Seen(long Version, DateTimeOffset At);

    public DateTimeOffset LastModified(long catalogueVersion, long? seatsVersion)
    {
        var date = Mark(ref _catalogue, catalogueVersion);
        return seatsVersion is { } seats && Mark(ref _seats, seats) is var seatsDate && seatsDate > date ? seatsDate : date;
    }

    private DateTimeOffset Mark(ref Seen seen, long version)
    {
        var current = Volatile.Read(ref seen);
        if (current.Version == version)
        {
            return current.At;
        }
        // HTTP dates have whole seconds: a finer date would never compare equal to If-Modified-Since.
        var now = clock.GetUtcNow();
        var next = new Seen(version, new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
        Interlocked.CompareExchange(ref seen, next, current);
        return Volatile.Read(ref seen).At;
    }
}
