using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Registrations;

namespace SemaineIndustrie.Tests.Registrations;

/// No seat is ever sold twice: 200 people and classes register at once for 50 seats.
public abstract class OverbookingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    public const int Seats = 50;
    public const int Requests = 200;

    [Fact]
    public async Task Two_hundred_simultaneous_registrations_take_exactly_the_fifty_seats_and_wait_for_the_rest()
    {
        var arranged = await app.LabelledEventAsync(capacity: Seats);
        await FireAsync(arranged, [app.CreateBrowserLikeClient()]);
        await AssertCountsAddUpAsync(arranged.SessionIds[0]);
    }

    /// Mixed individuals and classes of 2 to 6 pupils, spread over the given clients, all at once.
    protected static async Task FireAsync(RegistrationSetups.Arranged arranged, IReadOnlyList<HttpClient> clients)
    {
        var session = arranged.SessionIds[0];
        var tokens = await Task.WhenAll(clients.Select(c => TestUsers.AntiforgeryTokenAsync(c, $"/evenements/{arranged.EventId}/inscription")));
        var posts = Enumerable.Range(0, Requests).Select(i =>
        {
            var client = clients[i % clients.Count];
            var fields = i % 4 == 3
                ? RegistrationSetups.Group(session, $"classe{i}@exemple.fr", 2 + (i % 5))
                : RegistrationSetups.Individual(session, $"visiteur{i}@exemple.fr");
            fields.Add(new("__RequestVerificationToken", tokens[i % clients.Count]));
            return client.PostAsync($"/evenements/{arranged.EventId}/inscription", new FormUrlEncodedContent(fields));
        });
        var answers = await Task.WhenAll(posts);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
    }

    protected async Task AssertCountsAddUpAsync(int session)
    {
        var registrations = await app.QueryAsync(db => db.Registrations.AsNoTracking().Where(r => r.SessionId == session).ToListAsync());
        var seatsTaken = await app.SeatsTakenAsync(session);
        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.Participants);
        Assert.Equal(Requests, registrations.Count);
        Assert.Equal(Seats, seatsTaken);
        Assert.Equal(Seats, confirmed);
        Assert.Equal(Requests, registrations.Count(r => r.Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted));
        // Nobody waits who could have fitted: every seat is taken.
        Assert.DoesNotContain(registrations, r => r.Status == RegistrationStatus.Waitlisted && r.Participants <= Seats - seatsTaken);
    }
}

public sealed class OverbookingTestsOnSqlite(SqliteAppInLabellingPeriod app) : OverbookingTests<SqliteAppInLabellingPeriod>(app);

public sealed class OverbookingTestsOnPostgres(PostgresAppInLabellingPeriod app) : OverbookingTests<PostgresAppInLabellingPeriod>(app)
{
    private readonly PostgresAppInLabellingPeriod _app = app;

    [Fact]
    public async Task Two_application_instances_sharing_the_database_sell_no_seat_twice()
    {
        var arranged = await _app.LabelledEventAsync(capacity: Seats);
        await using var second = _app.WithWebHostBuilder(_ => { });
        var secondClient = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await FireAsync(arranged, [_app.CreateBrowserLikeClient(), secondClient]);
        await AssertCountsAddUpAsync(arranged.SessionIds[0]);
    }
}
