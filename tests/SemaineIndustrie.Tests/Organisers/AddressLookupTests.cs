using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SemaineIndustrie.Features.Geocoding;

namespace SemaineIndustrie.Tests.Organisers;

/// The API Adresse is the one outside service of the event form: it is faked here, at the HTTP
/// boundary, with the answer the Base Adresse Nationale gives.
public sealed class AddressLookupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Answer = """
        {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[4.839214,45.732871]},
        "properties":{"label":"12 Rue des Forges 69007 Lyon","name":"12 Rue des Forges","postcode":"69007","citycode":"69123","city":"Lyon","score":0.93}}]}
        """;

    [Fact]
    public async Task An_address_found_by_the_API_Adresse_is_placed_precisely()
    {
        var handler = new Recorder(HttpStatusCode.OK, Answer);
        var lookup = new AddressLookup(new HttpClient(handler) { BaseAddress = new Uri("https://api-adresse.example/") }, app.Geography, NullLogger<AddressLookup>.Instance);
        var found = await lookup.LocateAsync("12 rue des Forges", "69007", "Lyon", CancellationToken.None);
        Assert.Equal(("69123", 45.732871, 4.839214, true), (found!.CommuneCode, found.Latitude, found.Longitude, found.Precise));
        Assert.Contains("q=12%20rue%20des%20Forges%2069007%20Lyon", handler.Requested!.Query, StringComparison.Ordinal);
        Assert.Contains("postcode=69007", handler.Requested.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    [InlineData(HttpStatusCode.OK, "{\"type\":\"FeatureCollection\",\"features\":[]}")]
    [InlineData(HttpStatusCode.OK, "<html>pas du JSON</html>")]
    public async Task Without_an_answer_the_pin_goes_to_the_centre_of_the_commune(HttpStatusCode status, string body)
    {
        var lookup = new AddressLookup(new HttpClient(new Recorder(status, body)) { BaseAddress = new Uri("https://api-adresse.example/") }, app.Geography,
            NullLogger<AddressLookup>.Instance);
        var found = await lookup.LocateAsync("12 rue des Forges", "69007", "Lyon", CancellationToken.None);
        var lyon = app.Geography.Commune("69123")!;
        Assert.Equal((lyon.Latitude, lyon.Longitude, false), (found!.Latitude, found.Longitude, found.Precise));
    }

    private sealed class Recorder(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public Uri? Requested { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
