using System.Text.Json;
using System.Text.Json.Nodes;

namespace SemaineIndustrie.Tests.OpenData;

/// The published contract: a change to it must be deliberate (the snapshot is updated in the same
/// commit) and the document must stay valid OpenAPI.
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string UpdateVariable = "SEMAINE_UPDATE_OPENAPI";
    private static readonly string Snapshot = Path.Combine(RepositoryPaths.Root, "tests", "SemaineIndustrie.Tests", "OpenData", "openapi.v1.json");

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Openapi_document_matches_the_committed_snapshot()
    {
        var served = await _client.TextAsync("/api/v1/openapi.json");
        var actual = JsonNode.Parse(served)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(Snapshot, actual);
        }
        var expected = File.Exists(Snapshot) ? await File.ReadAllTextAsync(Snapshot) : "";

        Assert.True(expected == actual,
            $"The OpenAPI document of /api/v1 differs from {Snapshot}. If the change of contract is deliberate, update the snapshot with "
            + $"`{UpdateVariable}=1 ./build/test.sh --filter FullyQualifiedName~OpenApiDocumentTests`, review `git diff` and commit it.");
    }

    [Fact]
    public async Task Openapi_document_is_valid_and_limited_to_the_open_data()
    {
        var served = await _client.TextAsync("/api/v1/openapi.json");

        Assert.Equal("5 paths, OpenAPI 3.1.1", await ThirdPartyValidator.AssertValidAsync("openapi", served));
        using var document = JsonDocument.Parse(served);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, p => Assert.StartsWith("/api/v1/events", p, StringComparison.Ordinal));
        var events = document.RootElement.GetProperty("paths").GetProperty("/api/v1/events").GetProperty("get");
        Assert.Contains("cursor", events.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(events.GetProperty("description").GetString()));
        Assert.True(document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("OpenEvent", out var schema));
        Assert.False(string.IsNullOrWhiteSpace(schema.GetProperty("properties").GetProperty("startsAt").GetProperty("description").GetString()));
    }
}
