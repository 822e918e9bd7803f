using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace SemaineIndustrie.Tests.Registrations;

/// The application as its own process on a SQLite file, killed (SIGKILL) while registrations pour
/// in: after a restart, every seat taken belongs to a confirmed registration and none is over capacity.
public sealed class KilledServerTests : IAsyncLifetime
{
    private const int Capacity = 40;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"semaine-tuee-{Guid.NewGuid():N}");
    private readonly int _port = FreePort();
    private Process? _server;

    private string Database => Path.Combine(_folder, "tuee.db");
    private string BaseAddress => $"http://127.0.0.1:{_port}";

    [Fact]
    public async Task A_server_killed_mid_flight_leaves_no_phantom_seat_after_restart()
    {
        await StartAsync();
        var (eventId, sessionId) = Arrange();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseAddress) };
        var token = await TestUsers.AntiforgeryTokenAsync(client, $"/evenements/{eventId}/inscription");
        var answered = 0;
        var posts = Enumerable.Range(0, 600).Select(async i =>
        {
            var fields = i % 3 == 0 ? RegistrationSetups.Group(sessionId, $"classe{i}@exemple.fr", 3) : RegistrationSetups.Individual(sessionId, $"v{i}@exemple.fr");
            fields.Add(new("__RequestVerificationToken", token));
            try
            {
                var status = (await client.PostAsync($"/evenements/{eventId}/inscription", new FormUrlEncodedContent(fields))).StatusCode;
                Interlocked.Increment(ref answered);
                return status;
            }
            catch (HttpRequestException)
            {
                return (HttpStatusCode)0;
            }
        }).ToList();
        // Killed once a few registrations have gone through, with hundreds more in flight.
        while (Volatile.Read(ref answered) < 20)
        {
            await Task.Delay(5);
        }
        _server!.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        var answers = await Task.WhenAll(posts);
        Assert.Contains(answers, a => a == 0);

        await StartAsync();
        var (seatsTaken, confirmed, overCapacity) = Counts(sessionId);
        Assert.Equal(seatsTaken, confirmed);
        Assert.True(seatsTaken <= Capacity, $"{seatsTaken} seats taken of {Capacity}");
        Assert.Equal(0, overCapacity);

        // The restarted server goes on where the dead one stopped.
        using var after = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseAddress) };
        Assert.Equal(seatsTaken < Capacity ? "confirmee" : "attente",
            await after.RegisterAsync(eventId, RegistrationSetups.Individual(sessionId, "apres.redemarrage@exemple.fr")));
        Assert.Equal(Counts(sessionId).SeatsTaken, Counts(sessionId).Confirmed);
    }

    private (int SeatsTaken, int Confirmed, int OverCapacity) Counts(int sessionId)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT seats_taken FROM sessions WHERE id = {sessionId}),
                   (SELECT coalesce(sum(participants), 0) FROM registrations WHERE session_id = {sessionId} AND status = 'Confirmed'),
                   (SELECT count(*) FROM sessions WHERE seats_taken > capacity)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    /// A labelled event taking registrations, with one session next year.
    private (int EventId, int SessionId) Arrange()
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO events (edition_id, organisation_id, status, public_status, title, slug, summary, description, type_code, format, accessibility,
                department_code, region_code, registration_mode, search_text, first_starts_at, last_ends_at, created_at, updated_at, declared_free, purpose_declared)
            SELECT max(e.id), min(o.id), 'Labelled', 'Scheduled', 'Visite interrompue', 'visite-interrompue', 'Résumé', 'Description', 'visite-entreprise',
                'OnSite', 0, '69', '84', 'Platform', ' visite ', '2027-03-01 08:00:00', '2027-03-01 10:00:00', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 1
            FROM editions e, organisations o;
            INSERT INTO sessions (event_id, starts_at, ends_at, capacity, seats_taken, registration_closed)
            VALUES (last_insert_rowid(), '2027-03-01 08:00:00', '2027-03-01 10:00:00', {Capacity}, 0, 0);
            SELECT event_id, id FROM sessions WHERE id = last_insert_rowid();
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task StartAsync()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var app = Path.Combine(RepositoryPaths.Root, "src", "SemaineIndustrie");
        var dll = Path.Combine(app, "bin", configuration, "net10.0", "SemaineIndustrie.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Urls"] = BaseAddress,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Sqlite"] = $"Data Source={Database}",
            ["DemoData__CurrentEditionEvents"] = "200",
            ["DemoData__PastEditionShare"] = "0.005",
            ["Geo__DataDirectory"] = RepositoryPaths.SharedData,
            ["Geocoding__BaseUrl"] = "http://127.0.0.1:9/",
            ["Mail__PickupDirectory"] = Path.Combine(_folder, "mail"),
            ["Moderation__DailyDigest"] = "false",
            ["Registrations__DailyRetention"] = "false",
            ["RateLimits__RegistrationsPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        })
        {
            start.Environment[key] = value;
        }
        var log = new System.Text.StringBuilder();
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        _server.ErrorDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await probe.GetAsync($"{BaseAddress}/api/evenements?taille=1")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Assert.False(_server.HasExited, $"The server exited: {log}");
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The server did not answer within 60 s: {log}");
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
