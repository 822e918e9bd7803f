using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace SemaineIndustrie.Features.OpenData;

/// Answers as the bytes sent, per catalogue version and query. Bounded by size rather than by
/// count: a whole edition as CSV or iCalendar weighs megabytes, and each query string is a key.
public sealed class OpenDataCache
{
    private const long Budget = 32L * 1024 * 1024;
    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);
    private long _bytes;

    public bool TryGet(string key, [NotNullWhen(true)] out byte[]? body) => _answers.TryGetValue(key, out body);

    public void Add(string key, byte[] body)
    {
        if (body.Length > Budget / 4)
        {
            return;
        }
        // Keys of past catalogue versions are never asked again: starting afresh drops them too.
        if (Interlocked.Add(ref _bytes, body.Length) > Budget)
        {
            _answers.Clear();
            Interlocked.Exchange(ref _bytes, body.Length);
        }
        _answers[key] = body;
    }
}
