using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Moderation;

/// The morning e-mail to each moderator: how many requests of their regions wait, which are
/// overdue. Several instances may run the job; the first to record the day sends it.
public sealed class ModerationDigest(AppDbContext db, UserManager<AppUser> users, ModerationMails mails)
{
    /// Sends the digest of <paramref name="today"/> unless it was already sent; returns the number of e-mails.
    public async Task<int> SendAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        db.DigestRuns.Add(new DigestRun { Day = today, SentAt = nowUtc });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        var sent = 0;
        var committee = (await users.GetUsersInRoleAsync(Roles.Moderator)).Concat(await users.GetUsersInRoleAsync(Roles.Administrator))
            .Where(u => u.EmailConfirmed && u.Email is not null).DistinctBy(u => u.Id).ToList();
        foreach (var member in committee)
        {
            var isAdministrator = await users.IsInRoleAsync(member, Roles.Administrator);
            var regions = await db.ModeratorRegions.AsNoTracking().Where(r => r.UserId == member.Id).Select(r => r.RegionCode).ToListAsync(ct);
            var pending = db.LabelRequests.AsNoTracking().Where(r => r.Status == LabelRequestStatus.Pending && (isAdministrator || regions.Contains(r.RegionCode)));
            var count = await pending.CountAsync(ct);
            if (count == 0)
            {
                continue;
            }
            var overdue = await pending.Where(r => r.DueOn < today).OrderBy(r => r.DueOn)
                .Select(r => new { r.Id, r.DueOn, r.Event!.Title, r.Event.Place.CommuneName }).ToListAsync(ct);
            var text = new StringBuilder();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"{count} demande{(count > 1 ? "s" : "")} de label attend{(count > 1 ? "ent" : "")} une décision dans {(isAdministrator ? "l'ensemble des régions" : "vos régions")}, dont {overdue.Count} en retard.");
            if (overdue.Count > 0)
            {
                text.AppendLine().AppendLine("En retard :");
                foreach (var late in overdue.Take(20))
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                        $"- {late.Title} ({late.CommuneName}) : réponse attendue le {FrenchFormat.Date(late.DueOn)}");
                }
                if (overdue.Count > 20)
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- et {overdue.Count - 20} autres");
                }
            }
            await mails.SendDigestAsync(member.Email!, text.ToString(), count, overdue.Count, ct);
            sent++;
        }
        return sent;
    }
}

/// Runs the digest every morning at `Moderation:DigestHour` (Paris time, default 7).
public sealed partial class ModerationDigestService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<ModerationDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var hour = configuration.GetValue("Moderation:DigestHour", 7);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), paris);
            var next = new DateTimeOffset(now.Date.AddHours(hour), now.Offset);
            if (next <= now)
            {
                next = next.AddDays(1);
            }
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var digest = scope.ServiceProvider.GetRequiredService<ModerationDigest>();
                var sent = await digest.SendAsync(DateOnly.FromDateTime(next.DateTime), clock.GetUtcNow().UtcDateTime, stoppingToken);
                LogSent(logger, sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moderation digest: {Count} e-mails sent")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Moderation digest failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// The days a digest went out, so that only one instance sends it.
public sealed class DigestRun
{
    public DateOnly Day { get; set; }
    public DateTime SentAt { get; set; }
}

public sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.ToTable("digest_runs");
        builder.HasKey(d => d.Day);
    }
}
