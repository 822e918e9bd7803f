using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// Content pages are output-cached for anonymous visitors under one tag. A published change bumps
/// the database's content version and evicts this instance's pages at once; the other instances
/// notice the new version within a poll interval and evict theirs. <see cref="Generation"/> moves at
/// each of those evictions, for what is cached in memory rather than as pages (<see cref="LatestNews"/>).
public sealed partial class ContentCache(IServiceScopeFactory scopes, IOutputCacheStore outputCache, IConfiguration configuration,
    ILogger<ContentCache> logger) : BackgroundService
{
    public const string Tag = "content";
    public const string PagePolicy = "content-page";

    private long? _seen;
    private long _generation;

    /// Changes after every eviction; read it before reading the content it stands for.
    public long Generation => Interlocked.Read(ref _generation);

    public async Task PublishedAsync(AppDbContext db, CancellationToken ct)
    {
        await db.ContentVersions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);
        await EvictAsync(ct);
    }

    private async Task EvictAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _generation);
        await outputCache.EvictByTagAsync(Tag, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Content:PollSeconds", 5.0)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var version = await db.ContentVersions.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Version).SingleAsync(stoppingToken);
                if (_seen is not null && _seen != version)
                {
                    await EvictAsync(stoppingToken);
                }
                _seen = version;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content version poll failed; cached content pages stay until the next poll")]
    private partial void LogPollFailed(Exception exception);
}
