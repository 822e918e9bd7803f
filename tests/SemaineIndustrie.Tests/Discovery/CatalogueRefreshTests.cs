using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Discovery;

/// The index shows the published state: a change reaches it when the catalogue version moves.
public abstract class CatalogueRefreshTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_new_labelled_event_is_found_once_the_catalogue_version_is_bumped()
    {
        var id = await InsertLabelledEventAsync("Zorglubium");
        await RefreshAsync();
        Assert.Equal(0, (await _client.SearchAsync("?q=zorglubium")).Total);
        // The database, the source of truth, already has it.
        await using (var scope = app.CreateScope())
        {
            var database = new DatabaseEventSearch(scope.ServiceProvider.GetRequiredService<AppDbContext>(), app.Holder, app.Geography);
            var direct = await database.SearchAsync(new SearchQuery { EditionId = app.Catalogue.CurrentEdition!.Id, Words = ["zorglubium"] }, default);
            Assert.Equal([id], direct.Items.Select(i => i.Id));
        }

        await BumpAsync();
        await RefreshAsync();

        var found = await _client.SearchAsync("?q=zorglubium");
        var item = Assert.Single(found.Items);
        Assert.Equal(id, item.Id);
        Assert.Equal(1, item.Sessions);
        Assert.Contains(id, (await _client.SearchAsync("?q=zorglubium&type=atelier&region=84&public=lyceens&du=2026-11-18&au=2026-11-18")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task An_event_that_loses_its_label_leaves_the_index_once_the_version_is_bumped()
    {
        var id = await InsertLabelledEventAsync("Quintessor");
        await BumpAsync();
        await RefreshAsync();
        Assert.Equal([id], (await _client.SearchAsync("?q=quintessor")).Items.Select(i => i.Id));

        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Rejected)));
        await RefreshAsync();
        Assert.Single((await _client.SearchAsync("?q=quintessor")).Items);

        await BumpAsync();
        await RefreshAsync();
        Assert.Empty((await _client.SearchAsync("?q=quintessor")).Items);
    }

    private Task RefreshAsync() => app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(CancellationToken.None);

    private Task BumpAsync() => app.QueryAsync(db => db.BumpCatalogueVersionAsync(CancellationToken.None));

    private async Task<int> InsertLabelledEventAsync(string word)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync();
        var starts = new DateTime(2026, 11, 18, 9, 0, 0, DateTimeKind.Utc);
        var title = $"Atelier {word} : la fonderie de demain";
        var summary = "Une matinée pour découvrir la fonderie et ses métiers.";
        var e = new Event
        {
            EditionId = editionId, OrganisationId = organisation.Id, Status = EventStatus.Labelled, PublicStatus = PublicStatus.Scheduled,
            Title = title, Slug = Slugs.From(title, 80), Summary = summary, Description = summary, TypeCode = "atelier", SectorCode = "metallurgie",
            Format = EventFormat.OnSite, Accessibility = Accessibility.Motor,
            Place = new Place
            {
                AddressLine = "3 rue de l'Industrie", PostalCode = "69007", CommuneCode = "69387", CommuneName = "Lyon 7e Arrondissement",
                DepartmentCode = "69", RegionCode = "84", Latitude = 45.7456, Longitude = 4.8422,
            },
            SearchText = FrenchText.Fold($"{title} {summary} {organisation.Name} Lyon 69007"),
            FirstStartsAt = starts, LastEndsAt = starts.AddHours(3), CreatedAt = starts.AddDays(-30), UpdatedAt = starts.AddDays(-20),
            LabelledAt = starts.AddDays(-20),
            Sessions = [new Session { StartsAt = starts, EndsAt = starts.AddHours(3) }],
            Terms = [new EventTerm { Kind = TermKind.Audience, Code = "lyceens" }],
        };
        db.Events.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }
}

public sealed class CatalogueRefreshTestsOnSqlite(SqliteApp app) : CatalogueRefreshTests<SqliteApp>(app);

public sealed class CatalogueRefreshTestsOnPostgres(PostgresApp app) : CatalogueRefreshTests<PostgresApp>(app);
