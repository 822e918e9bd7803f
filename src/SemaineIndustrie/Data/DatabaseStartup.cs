using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Demo;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Data;

/// What happens to the database before the first request, and the command-line tools:
/// <c>migrate</c> (production deploys run it explicitly) and <c>seed</c> (demonstration or benchmark data).
public static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var geography = app.Services.GetRequiredService<Features.Geography.FrenchGeography>();
        if (!geography.HasCommuneCentroids)
        {
            LogNoGeographicData(app.Logger, app.Configuration["Geo:DataDirectory"]);
        }
        bool demoSeeded;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
            {
                await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync(db, ct);
            }
            demoSeeded = app.Configuration.GetValue("DemoData:Enabled", true) && !await db.Editions.AnyAsync(ct);
            if (demoSeeded)
            {
                var options = DemoOptions.FromConfiguration(app.Configuration);
                await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Features.Geography.FrenchGeography>(), options, ct);
            }
            await Features.Content.ContentStartup.PrepareContentAsync(scope.ServiceProvider, demoSeeded, ct);
        }
        await app.EnsureAccountsAsync(demoSeeded, ct);
        await app.Services.GetRequiredService<CatalogueRefresher>().RefreshAsync(ct);
    }

    /// Runs <c>migrate</c> or <c>seed [eventsPerEdition]</c> and says whether a command ran.
    public static async Task<bool> RunDatabaseCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("migrate" or "seed"))
        {
            return false;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var applied = await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync(db, default);
        Console.WriteLine($"Migrations appliquées : {applied.Count}");
        if (args[0] == "seed")
        {
            if (await db.Editions.AnyAsync())
            {
                Console.Error.WriteLine("La base contient déjà des éditions : rien n'a été ajouté.");
                Environment.ExitCode = 1;
                return true;
            }
            var options = DemoOptions.FromConfiguration(app.Configuration);
            if (args.Length > 1)
            {
                options = options with { EventsPerEdition = int.Parse(args[1], CultureInfo.InvariantCulture) };
            }
            var written = await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Features.Geography.FrenchGeography>(), options, default);
            await Features.Content.ContentStartup.PrepareContentAsync(scope.ServiceProvider, demoSeeded: true, default);
            Console.WriteLine($"Événements écrits : {written}");
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No commune centroids in the geographic data directory ({Directory}): communes are placed at their department's chef-lieu and the map has no region outlines")]
    private static partial void LogNoGeographicData(ILogger logger, string? directory);
}
