using System.Collections.Concurrent;

namespace SemaineIndustrie.Features.Statistics;

/// The database's counts for the statistics, kept for one catalogue version (read from the database
/// at each render, so every instance drops them as soon as any instance publishes a change). Signed-in
/// visitors skip the output cache: without this each of their renders would count the whole archive.
/// Bounded by the editions: one entry per edition asked plus the history, all dropped when the version moves.
public sealed class StatisticsCache(TimeProvider clock)
{
    private sealed record Entry(object Value, DateTimeOffset At);

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);
    }

    private Generation _current = new(-1);

    /// The value computed for this version and key, or a fresh one when older than <paramref name="maxAge"/>.
    /// Two first renders at once may both count: the answers are the same, the last one stays.
    public async Task<T> GetAsync<T>(long version, string key, TimeSpan maxAge, Func<Task<T>> count) where T : class
    {
        var current = Volatile.Read(ref _current);
        if (version > current.Version)
        {
            // Keys of past versions are never asked again: starting afresh drops them.
            var next = new Generation(version);
            current = Interlocked.CompareExchange(ref _current, next, current) == current ? next : Volatile.Read(ref _current);
        }
        if (current.Version == version && current.Entries.TryGetValue(key, out var entry)
            && clock.GetUtcNow() - entry.At is var age && age >= TimeSpan.Zero && age < maxAge)
        {
            return (T)entry.Value;
        }
        var value = await count();
        // A render that read an older version than another one's is answered but not kept.
        if (current.Version == version)
        {
            current.Entries[key] = new Entry(value, clock.GetUtcNow());
        }
        return value;
    }
}
