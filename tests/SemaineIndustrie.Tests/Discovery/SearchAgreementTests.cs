using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Tests.Discovery;

/// The in-memory index must answer exactly as a plain database query on the same filters (STYLE §6).
public abstract class SearchAgreementTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const int SampleCount = 150;

    [Fact]
    public async Task Index_and_database_agree_on_totals_pages_and_facets_for_generated_searches()
    {
        var queries = SearchSamples.Generate(app.Catalogue, app.Geography, SampleCount);
        await using var scope = app.CreateScope();
        var database = new DatabaseEventSearch(scope.ServiceProvider.GetRequiredService<AppDbContext>(), app.Holder, app.Geography);
        var differences = new List<string>();
        var nonEmpty = 0;
        foreach (var query in queries)
        {
            var expected = await database.SearchAsync(query, CancellationToken.None);
            var actual = app.Index.Search(query);
            nonEmpty += expected.Total > 0 ? 1 : 0;
            if (SearchSamples.Difference(expected, actual) is { } difference)
            {
                differences.Add($"{SearchSamples.Describe(query)}: {difference}");
            }
        }
        Assert.True(differences.Count == 0, $"{differences.Count} of {queries.Count} searches differ:{Environment.NewLine}{string.Join(Environment.NewLine, differences.Take(10))}");
        // The sample is only worth something if most searches return events.
        Assert.True(nonEmpty >= queries.Count / 2, $"only {nonEmpty} of {queries.Count} sample searches return events");
    }

    [Theory]
    [InlineData("metallurgie")]
    [InlineData("visite usine")]
    [InlineData("job")]
    public async Task Index_and_database_agree_on_a_text_search_in_every_order(string text)
    {
        var near = app.Catalogue.EventsOf(app.Catalogue.CurrentEdition!.Id).First(e => e.Latitude is not null);
        var words = FrenchText.Words(text);
        await using var scope = app.CreateScope();
        var database = new DatabaseEventSearch(scope.ServiceProvider.GetRequiredService<AppDbContext>(), app.Holder, app.Geography);
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            var query = new SearchQuery
            {
                EditionId = app.Catalogue.CurrentEdition!.Id, Text = text, Words = words, Sort = sort, PageSize = 100,
                Near = sort == SearchSort.Distance ? new GeoPoint(near.Latitude!.Value, near.Longitude!.Value) : null,
                RadiusKm = SearchLimits.MaxRadiusKm,
            };
            var expected = await database.SearchAsync(query, CancellationToken.None);
            Assert.True(expected.Total > 0, $"« {text} » finds nothing");
            Assert.Null(SearchSamples.Difference(expected, app.Index.Search(query)));
        }
    }
}

public sealed class SearchAgreementTestsOnSqlite(SqliteApp app) : SearchAgreementTests<SqliteApp>(app);

public sealed class SearchAgreementTestsOnPostgres(PostgresApp app) : SearchAgreementTests<PostgresApp>(app);

/// The same demonstration data (same seed) on both databases must give the same answers, French text
/// search included, from the index and from the database.
public sealed class ProviderAgreementTests(SqliteApp sqlite, PostgresApp postgres) : IClassFixture<SqliteApp>, IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Sqlite_and_postgres_return_the_same_results_for_the_same_searches()
    {
        var queries = SearchSamples.Generate(sqlite.Catalogue, sqlite.Geography, 60, seed: 7);
        Assert.Equal(queries, SearchSamples.Generate(postgres.Catalogue, postgres.Geography, 60, seed: 7), new QueryComparer());
        await using var sqliteScope = sqlite.CreateScope();
        await using var postgresScope = postgres.CreateScope();
        var sqliteDatabase = new DatabaseEventSearch(sqliteScope.ServiceProvider.GetRequiredService<AppDbContext>(), sqlite.Holder, sqlite.Geography);
        var postgresDatabase = new DatabaseEventSearch(postgresScope.ServiceProvider.GetRequiredService<AppDbContext>(), postgres.Holder, postgres.Geography);
        var differences = new List<string>();
        foreach (var query in queries)
        {
            var expected = sqlite.Index.Search(query);
            if (SearchSamples.Difference(expected, postgres.Index.Search(query)) is { } indexDifference)
            {
                differences.Add($"index {SearchSamples.Describe(query)}: {indexDifference}");
            }
            if (SearchSamples.Difference(await sqliteDatabase.SearchAsync(query, default), await postgresDatabase.SearchAsync(query, default)) is { } dbDifference)
            {
                differences.Add($"database {SearchSamples.Describe(query)}: {dbDifference}");
            }
        }
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(10)));
    }

    [Theory]
    [InlineData("metallurgie")]
    [InlineData("Métallurgies")]
    [InlineData("job dating")]
    public void Both_databases_find_the_same_events_for_a_french_text(string text)
    {
        SearchResult Search(TestApp app) => app.Index.Search(new SearchQuery
        {
            EditionId = app.Catalogue.CurrentEdition!.Id, Text = text, Words = FrenchText.Words(text), Sort = SearchSort.Relevance, PageSize = 100,
        });
        var (onSqlite, onPostgres) = (Search(sqlite), Search(postgres));
        Assert.True(onSqlite.Total > 0);
        Assert.Equal(onSqlite.Total, onPostgres.Total);
        Assert.Equal(onSqlite.Items.Select(i => i.Id), onPostgres.Items.Select(i => i.Id));
    }

    /// Queries hold lists, which records compare by reference: compare their query strings instead.
    private sealed class QueryComparer : IEqualityComparer<SearchQuery>
    {
        public bool Equals(SearchQuery? x, SearchQuery? y) => x is not null && y is not null && SearchSamples.Describe(x) == SearchSamples.Describe(y);
        public int GetHashCode(SearchQuery obj) => SearchSamples.Describe(obj).GetHashCode(StringComparison.Ordinal);
    }
}
