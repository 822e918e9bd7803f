using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Accounts;

/// The first administrator (from configuration, or the <c>create-admin</c> command) and, with the
/// demonstration data, one account per role so a newcomer can try every back office.
public static partial class AccountSeeding
{
    public const string DemoDomain = "demo.semaine-industrie.example.fr";

    public static async Task EnsureAccountsAsync(this WebApplication app, bool demoSeeded, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (app.Configuration["Admin:Email"] is { Length: > 0 } email && app.Configuration["Admin:Password"] is { Length: > 0 } password
            && await users.FindByEmailAsync(email) is null)
        {
            var result = await CreateAsync(users, email, "Administrateur national", password, Roles.Administrator);
            LogAdministrator(app.Logger, email, result.Succeeded ? "created" : string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        if (demoSeeded && app.Configuration.GetValue("DemoData:Accounts", true))
        {
            await SeedDemoAccountsAsync(scope.ServiceProvider, app.Configuration["DemoData:AccountPassword"] ?? "semaine-industrie-2026", ct);
        }
        if (demoSeeded)
        {
            await Data.Demo.DemoModerators.AttributeDecisionsAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
        }
    }

    /// <c>create-admin e-mail</c>: the password is read from standard input, never from the command line.
    public static async Task<bool> RunAccountCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "create-admin")
        {
            return false;
        }
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("Usage : create-admin adresse@exemple.fr (le mot de passe est lu sur l'entrée standard)");
            Environment.ExitCode = 2;
            return true;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), default);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Console.Write("Mot de passe : ");
        var password = Console.ReadLine() ?? "";
        var result = await CreateAsync(users, args[1], "Administrateur national", password, Roles.Administrator);
        Console.WriteLine(result.Succeeded ? $"Administrateur créé : {args[1]}" : string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
        Environment.ExitCode = result.Succeeded ? 0 : 1;
        return true;
    }

    public static async Task<IdentityResult> CreateAsync(UserManager<AppUser> users, string email, string fullName, string password, string role,
        int? organisationId = null)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            OrganisationId = organisationId,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    private static async Task SeedDemoAccountsAsync(IServiceProvider services, string password, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        if (await users.FindByEmailAsync($"admin@{DemoDomain}") is not null)
        {
            return;
        }
        await CreateAsync(users, $"admin@{DemoDomain}", "Alix Administratrice", password, Roles.Administrator);
        await CreateAsync(users, $"moderation.ara@{DemoDomain}", "Marc Modérateur", password, Roles.Moderator);
        var moderator = await users.FindByEmailAsync($"moderation.ara@{DemoDomain}");
        db.ModeratorRegions.Add(new ModeratorRegion { UserId = moderator!.Id, RegionCode = "84" });
        // The organiser manages the organisation with the most events of the current edition.
        var organisationId = await db.Events.AsNoTracking()
            .Where(e => e.Edition!.Year == db.Editions.Max(x => x.Year))
            .GroupBy(e => e.OrganisationId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefaultAsync(ct);
        await CreateAsync(users, $"organisateur@{DemoDomain}", "Olga Organisatrice", password, Roles.Organiser, organisationId);
        await Data.Demo.DemoModerators.AddAsync(users, db, password);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Administrator {Email} from configuration: {Outcome}")]
    private static partial void LogAdministrator(ILogger logger, string email, string outcome);
}
