using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Statistics;

namespace SemaineIndustrie.Tests.Statistics;

/// Seats registered move without the catalogue version: a signed-in render shows them within a short delay.
public abstract class StatisticsSeatsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task Seats_registered_reach_a_signed_in_render_within_thirty_seconds_without_a_catalogue_change()
    {
        var clock = (FakeClock)app.Clock;
        var admin = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Administrator));
        var before = await Registered();
        await app.QueryAsync(db => db.Sessions.Where(s => s.Capacity != null && s.EventId % 5 == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.Capacity!.Value / 2)));
        var registered = await app.QueryAsync(db => db.Sessions
            .Where(s => db.Events.Any(e => e.Id == s.EventId && e.Edition!.Year == 2026 && e.Status == EventStatus.Labelled)).SumAsync(s => s.SeatsTaken));
        Assert.NotEqual(before, registered);

        clock.Advance(EditionStatistics.SeatsMaxAge / 2);
        Assert.Equal(before, await Registered());

        clock.Advance(EditionStatistics.SeatsMaxAge / 2);
        Assert.Equal(registered, await Registered());

        async Task<int> Registered() => StatisticsPages.Figure((await admin.DocumentAsync("/statistiques?edition=2026"))
            .QuerySelector("[data-testid=participants] tbody tr:nth-child(2) td:last-child")!.TextContent);
    }
}

public sealed class StatisticsSeatsTestsOnSqlite(SqliteAppInLabellingPeriod app) : StatisticsSeatsTests<SqliteAppInLabellingPeriod>(app);

public sealed class StatisticsSeatsTestsOnPostgres(PostgresAppInLabellingPeriod app) : StatisticsSeatsTests<PostgresAppInLabellingPeriod>(app);
