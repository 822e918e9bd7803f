using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Registrations;

/// Registrations keep personal data only as long as the edition needs them: once
/// `Registrations:RetentionMonths` (default 6) have passed since the edition ended, names, e-mail
/// addresses, phones and establishments are emptied; the counts stay for the statistics.
public sealed class RegistrationRetention(AppDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public async Task<int> AnonymiseExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lastEndedOn = DateOnly.FromDateTime(now).AddMonths(-configuration.GetValue("Registrations:RetentionMonths", 6));
        var expiredEvents = db.Events.Where(e => e.Edition!.EndsOn < lastEndedOn).Select(e => e.Id);
        return await RegistrationDesk.Anonymise(db.Registrations.Where(r => expiredEvents.Contains(r.EventId)), now, ct);
    }
}

/// Runs the retention once at start-up and then every day.
public sealed partial class RegistrationRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegistrationRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<RegistrationRetention>().AnonymiseExpiredAsync(stoppingToken);
                LogAnonymised(logger, count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registration retention: {Count} registrations anonymised")]
    private static partial void LogAnonymised(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registration retention failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
