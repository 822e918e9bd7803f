using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Discovery;

/// Keeps this instance's catalogue in step with the database: polls the catalogue version every
/// few seconds (other instances may have published), reloads the snapshot when it moved and evicts
/// the cached public pages.
public sealed partial class CatalogueRefresher(
    IServiceScopeFactory scopes, CatalogueHolder holder, IOutputCacheStore outputCache, IConfiguration configuration,
    ILogger<CatalogueRefresher> logger) : BackgroundService
{
    public const string OutputCacheTag = "catalogue";

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// Reloads the snapshot when the database's catalogue version moved (or the archive is still
    /// missing). Refreshes never overlap, so an older load cannot replace a newer one.
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            await RefreshOnceAsync(ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task RefreshOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var startingUp = !holder.IsLoaded;
        if (!startingUp && holder.Current.IsComplete && await db.CatalogueVersionAsync(ct) == holder.Current.Version)
        {
            return;
        }
        var started = TimeProvider.System.GetTimestamp();
        var snapshot = await CatalogueLoader.LoadAsync(db, currentOnly: startingUp, ct);
        holder.Replace(snapshot);
        await outputCache.EvictByTagAsync(OutputCacheTag, ct);
        if (snapshot.IsComplete)
        {
            // The previous snapshot and the loading garbage (some hundred megabytes for a full
            // archive) are dead now: give that memory back rather than wait for the next full collection.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        LogLoaded(snapshot.Count, snapshot.Version, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Discovery:PollSeconds", 5.0));
        using var timer = new PeriodicTimer(interval);
        // The first pass runs at once: it loads the archive behind the current edition.
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue loaded: {Count} labelled events at version {Version} in {Milliseconds:0} ms")]
    private partial void LogLoaded(int count, long version, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue refresh failed; the previous snapshot stays in use")]
    private partial void LogFailed(Exception exception);
}
