using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Tests.Site;

/// The home page of the demonstration edition: 15th, 16–22 November 2026, events from 1 November
/// to 7 December, label requests from 15 September to Friday 6 November.
public abstract class HomePageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private FakeClock Clock => (FakeClock)app.Clock;

    [Fact]
    public async Task The_home_page_shows_the_current_editions_number_theme_and_dates()
    {
        Clock.Set(LabellingPeriod.Day);
        var edition = await app.QueryAsync(db => db.Editions.OrderByDescending(e => e.Year).FirstAsync());
        var page = await HomeAsync();

        Assert.Equal($"Semaine de l'industrie {edition.Year}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("15e édition, du 16 au 22 novembre 2026", Text(page, "edition-dates"));
        Assert.Equal($"Thème : « {edition.Theme} »", Text(page, "edition-theme"));
        Assert.Contains("du 1er novembre au 7 décembre 2026", Text(page, "edition-window"));
        var main = page.QuerySelector("main")!;
        Assert.Equal("/evenements", Link(main, "Trouver un événement"));
        Assert.Equal("/organisateur", Link(main, "Labelliser mon événement"));
        var search = main.QuerySelector("form[role=search]")!;
        Assert.Equal("/evenements", search.GetAttribute("action"));
        Assert.Equal("get", search.GetAttribute("method"));
        Assert.NotNull(search.QuerySelector("input[name=q]"));
        Assert.Equal(19, search.QuerySelectorAll("select[name=region] option").Length);
    }

    [Fact]
    public async Task Before_the_opening_the_home_page_says_when_label_requests_open()
    {
        Clock.Set(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var countdown = Text(await HomeAsync(), "labelling-countdown");
        Assert.Contains("Les demandes de label ouvriront le 15 septembre 2026", countdown);
        Assert.Contains("jusqu’au vendredi 6 novembre 2026 inclus", countdown);
    }

    [Fact]
    public async Task During_the_labelling_period_the_home_page_counts_the_days_left_to_the_deadline()
    {
        Clock.Set(new DateTimeOffset(2026, 10, 25, 10, 0, 0, TimeSpan.Zero));
        var countdown = Text(await HomeAsync(), "labelling-countdown");
        Assert.Contains("Plus que 12 jours pour demander le label", countdown);
        Assert.Contains("Date limite des demandes : vendredi 6 novembre 2026 inclus.", countdown);
    }

    [Fact]
    public async Task On_the_last_day_in_Paris_the_home_page_says_it_is_the_last_day()
    {
        // 23:30 in Paris (UTC+1 in November), still the deadline day there.
        Clock.Set(new DateTimeOffset(2026, 11, 6, 22, 30, 0, TimeSpan.Zero));
        var page = await HomeAsync();
        var countdown = Text(page, "labelling-countdown");
        Assert.Contains("Dernier jour pour demander le label", countdown);
        Assert.Contains("vendredi 6 novembre 2026", countdown);
        Assert.Equal("/organisateur", Link(page.QuerySelector("main")!, "Labelliser mon événement"));
    }

    [Fact]
    public async Task After_the_deadline_in_Paris_the_home_page_says_labelling_is_closed_but_for_late_requests_to_administrators()
    {
        // 00:30 on 7 November in Paris, while it is still the 6th in UTC.
        Clock.Set(new DateTimeOffset(2026, 11, 6, 23, 30, 0, TimeSpan.Zero));
        var page = await HomeAsync();
        var countdown = Text(page, "labelling-countdown");
        Assert.Contains("Les demandes de label sont closes", countdown);
        Assert.Contains("La date limite était le vendredi 6 novembre 2026", countdown);
        Assert.Contains("Seuls les administrateurs nationaux acceptent encore", countdown);
        Assert.DoesNotContain("Labelliser mon événement", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_key_figures_are_the_database_counts_of_the_current_edition_with_seats_at_most_a_minute_old()
    {
        Clock.Set(LabellingPeriod.Day);
        var editionId = app.Catalogue.CurrentEdition!.Id;
        var labelled = await app.QueryAsync(db => db.Events.Labelled().Where(e => e.EditionId == editionId).CountAsync());
        var regions = await app.QueryAsync(db => db.Events.Labelled().Where(e => e.EditionId == editionId).Select(e => e.Place.RegionCode).Distinct().CountAsync());
        var before = await HomeAsync();
        Assert.Equal(FrenchFormat.Number(labelled), Figure(before, "figure-events"));
        Assert.Equal(FrenchFormat.Number(regions), Figure(before, "figure-regions"));
        // 2025 published no figure: the latest one known is 2024's 5.7 million.
        Assert.Equal(FrenchFormat.Number(5_700_000), Figure(before, "figure-reported"));
        Assert.Contains("2024", Text(before, "figure-reported"));

        // Seats taken on the platform, within each session's capacity.
        await app.QueryAsync(db => db.Sessions.Where(s => s.Capacity != null && s.EventId % 7 == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.Capacity!.Value / 2)));
        var seats = await app.QueryAsync(db => db.Sessions.Where(s => db.Events.Labelled().Any(e => e.Id == s.EventId && e.EditionId == editionId)).SumAsync(s => s.SeatsTaken));
        Assert.NotEqual(Figure(before, "figure-seats"), FrenchFormat.Number(seats));
        await app.EvictPagesAsync();
        Assert.Equal(Figure(before, "figure-seats"), Figure(await HomeAsync(), "figure-seats"));

        Clock.Advance(TimeSpan.FromMinutes(1));
        await app.EvictPagesAsync();
        Assert.Equal(FrenchFormat.Number(seats), Figure(await HomeAsync(), "figure-seats"));
    }

    [Fact]
    public async Task Anonymous_visitors_get_the_cached_home_page_and_a_signed_in_user_never_shares_it()
    {
        Clock.Set(LabellingPeriod.Day);
        var anonymous = app.CreateClient();
        var edition = await app.QueryAsync(db => db.Editions.OrderByDescending(e => e.Year).FirstAsync());
        await anonymous.GetStringAsync("/");
        // A change that does not move the catalogue version: the cached copy does not see it.
        const string unpublished = "Thème changé sans publication";
        await app.QueryAsync(db => db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Theme, unpublished)));
        try
        {
            var cached = await anonymous.GetAsync("/");
            Assert.NotNull(cached.Headers.Age);
            Assert.Contains(edition.Theme!, await TextOfAsync(cached));
            var campaign = await anonymous.GetAsync("/?utm_source=reseaux-sociaux&utm_campaign=semaine-2026");
            Assert.NotNull(campaign.Headers.Age);
            Assert.Contains(edition.Theme!, await TextOfAsync(campaign));

            var signedIn = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Organiser));
            var own = await signedIn.GetAsync("/");
            var ownPage = await TextOfAsync(own);
            Assert.Null(own.Headers.Age);
            Assert.Contains(unpublished, ownPage);
            Assert.Contains("Se déconnecter", ownPage);

            var afterSignedIn = await TextOfAsync(await anonymous.GetAsync("/"));
            Assert.DoesNotContain("Se déconnecter", afterSignedIn);
            Assert.Contains(edition.Theme!, afterSignedIn);

            await app.EvictPagesAsync();
            Assert.Contains(unpublished, await TextOfAsync(await anonymous.GetAsync("/")));
        }
        finally
        {
            await app.QueryAsync(db => db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Theme, edition.Theme)));
            await app.EvictPagesAsync();
        }
    }

    [Fact]
    public async Task A_news_item_published_appears_at_once_on_the_cached_home_page()
    {
        Clock.Set(LabellingPeriod.Day);
        var before = await HomeAsync();
        Assert.Equal(3, before.QuerySelectorAll("[data-testid=latest-news] h3").Length);

        await PublishNewsAsync("Les inscriptions des classes sont ouvertes");

        var after = await HomeAsync();
        Assert.Equal("Les inscriptions des classes sont ouvertes", after.QuerySelector("[data-testid=latest-news] h3")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_news_item_published_appears_at_once_on_the_home_page_of_a_signed_in_user()
    {
        Clock.Set(LabellingPeriod.Day);
        var signedIn = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Organiser));
        var before = await new HtmlParser().ParseDocumentAsync(await signedIn.GetStringAsync("/"));
        Assert.Equal(3, before.QuerySelectorAll("[data-testid=latest-news] h3").Length);

        await PublishNewsAsync("Les visites des classes de seconde sont ouvertes");

        var after = await new HtmlParser().ParseDocumentAsync(await signedIn.GetStringAsync("/"));
        Assert.Equal("Les visites des classes de seconde sont ouvertes", after.QuerySelector("[data-testid=latest-news] h3")?.TextContent.Trim());
        Assert.Contains("Se déconnecter", after.Body!.TextContent);
    }

    /// Dated the day after the newest item, so that it heads the latest news whatever ran before.
    private async Task PublishNewsAsync(string title)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var publishedOn = (await db.ContentItems.MaxAsync(c => c.PublishedOn)).AddDays(1);
        var news = new ContentItem
        {
            Kind = ContentKind.News, Status = ContentStatus.Published, Title = title, Slug = Slugs.From(title), Body = "Les enseignants inscrivent leur classe.",
            PublishedOn = publishedOn, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        news.Fold();
        db.ContentItems.Add(news);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<ContentCache>().PublishedAsync(db, CancellationToken.None);
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage response) =>
        (await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync())).Body!.TextContent;

    private async Task<IDocument> HomeAsync() => await new HtmlParser().ParseDocumentAsync(await app.CreateClient().GetStringAsync("/"));

    private static string Text(IDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim().ReplaceLineEndings(" ") is { } text
            ? string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : throw new Xunit.Sdk.XunitException($"No [data-testid={testId}] on the home page");

    private static string Figure(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}] .fr-tile__title")!.TextContent.Trim();

    private static string? Link(IElement scope, string text) =>
        scope.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == text).GetAttribute("href");
}

public sealed class HomePageTestsOnSqlite(SqliteSiteApp app) : HomePageTests<SqliteSiteApp>(app);

public sealed class HomePageTestsOnPostgres(PostgresSiteApp app) : HomePageTests<PostgresSiteApp>(app);
