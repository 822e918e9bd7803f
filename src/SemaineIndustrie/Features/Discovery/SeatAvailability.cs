using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Discovery;

/// Which events have no seat left, for the « places disponibles » filter. Seats change with every
/// registration, far more often than the catalogue, so they are not in it: each instance reads the
/// full events every few seconds; searches with the filter are cached per version of this set.
public sealed class SeatAvailability
{
    public FrozenSet<int> FullEvents { get; private set; } = FrozenSet<int>.Empty;

    /// Moves each time the set changes, so cached answers of the filter are not reused.
    public long Version { get; private set; }

    /// Taking registrations on the platform with every session full or closed. Events without a
    /// seat limit (no registration, or registration elsewhere) always have room.
    public static IQueryable<Event> Full(IQueryable<Event> events) => events.Where(e => e.RegistrationMode == RegistrationMode.Platform
        && !e.Sessions.Any(s => s.Capacity == null || (!s.RegistrationClosed && s.SeatsTaken < s.Capacity)));

    public async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        var full = (await Full(db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Labelled)).Select(e => e.Id).ToListAsync(ct)).ToFrozenSet();
        if (!full.SetEquals(FullEvents))
        {
            FullEvents = full;
            Version++;
        }
    }
}

/// Polls the seats every `Discovery:SeatsPollSeconds` (default 15).
public sealed partial class SeatAvailabilityRefresher(SeatAvailability seats, IServiceScopeFactory scopes, IConfiguration configuration,
    ILogger<SeatAvailabilityRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(configuration.GetValue("Discovery:SeatsPollSeconds", 15));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await seats.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
            await Task.Delay(period, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seat availability not refreshed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
