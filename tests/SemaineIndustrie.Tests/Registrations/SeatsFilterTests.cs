using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Tests.Discovery;

namespace SemaineIndustrie.Tests.Registrations;

public abstract class SeatsFilterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task A_full_event_leaves_the_search_for_seats_left_in_the_index_and_the_database_alike()
    {
        var full = await app.LabelledEventAsync(capacity: 2);
        var open = await app.LabelledEventAsync(capacity: 2);
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(full.EventId, RegistrationSetups.Group(full.SessionIds[0], "complet@exemple.fr", 2));
        await app.QueryAsync(db => db.CatalogueVersions.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));
        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);
        await using (var scope = app.CreateScope())
        {
            await app.Services.GetRequiredService<SeatAvailability>().RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        }

        var all = await app.CreateClient().GetFromJsonAsync<SearchResponse>("/api/evenements?q=zinguerie&taille=100");
        var withSeats = await app.CreateClient().GetFromJsonAsync<SearchResponse>("/api/evenements?q=zinguerie&places=1&taille=100");
        Assert.Contains(all!.Items, i => i.Id == full.EventId);
        Assert.DoesNotContain(withSeats!.Items, i => i.Id == full.EventId);
        Assert.Contains(withSeats.Items, i => i.Id == open.EventId);

        var (query, errors, _) = app.Services.GetRequiredService<SearchQueryParser>().Parse(
            new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
            {
                ["q"] = "zinguerie", ["places"] = "1", ["taille"] = "100",
            }), app.Catalogue);
        Assert.Empty(errors);
        await using var db = app.CreateScope();
        var database = await new DatabaseEventSearch(db.ServiceProvider.GetRequiredService<AppDbContext>(), app.Holder, app.Geography).SearchAsync(query, CancellationToken.None);
        Assert.Null(SearchSamples.Difference(database, app.Index.Search(query)));
        Assert.Equal(withSeats.Total, database.Total);
    }
}

public sealed class SeatsFilterTestsOnSqlite(SqliteAppInLabellingPeriod app) : SeatsFilterTests<SqliteAppInLabellingPeriod>(app);

public sealed class SeatsFilterTestsOnPostgres(PostgresAppInLabellingPeriod app) : SeatsFilterTests<PostgresAppInLabellingPeriod>(app);
